/**
 * Every locale, for sites that want them all (`import { LOCALES } from 'old-browser-notice/locales'`)
 * or a few (`import { fi, se } from 'old-browser-notice/locales'`: the rest is tree-shaken).
 * Each file is one language: its strings and its BCP-47 tag, direction and review status.
 * Portuguese comes as `pt_br` (tag `pt-BR`, what plain `pt` chooses) and `pt_pt` (`pt-PT`).
 */
import type { Locale } from './types';
import sv from './sv';
import en from './en';
import ar from './ar';
import bg from './bg';
import bs from './bs';
import ca from './ca';
import ckb from './ckb';
import cs from './cs';
import cy from './cy';
import da from './da';
import de from './de';
import el from './el';
import es from './es';
import et from './et';
import eu from './eu';
import fa from './fa';
import fi from './fi';
import fit from './fit';
import fr from './fr';
import ga from './ga';
import gl from './gl';
import he from './he';
import hi from './hi';
import hr from './hr';
import hu from './hu';
import is from './is';
import it from './it';
import kmr from './kmr';
import lt from './lt';
import lv from './lv';
import mt from './mt';
import nb from './nb';
import nl from './nl';
import nn from './nn';
import pl from './pl';
import prs from './prs';
import ps from './ps';
import pt_br from './pt_br';
import pt_pt from './pt_pt';
import ro from './ro';
import rom from './rom';
import ru from './ru';
import se from './se';
import sk from './sk';
import sl from './sl';
import sma from './sma';
import smj from './smj';
import so from './so';
import sq from './sq';
import sr from './sr';
import th from './th';
import ti from './ti';
import tr from './tr';
import uk from './uk';
import ur from './ur';
import vi from './vi';
import yi from './yi';
import zh_hans from './zh_hans';
import zh_hant from './zh_hant';

export {
  sv, en, ar, bg, bs, ca, ckb, cs, cy, da, de, el, es, et, eu, fa, fi, fit, fr, ga, gl, he, hi, hr, hu, is, it,
  kmr, lt, lv, mt, nb, nl, nn, pl, prs, ps, pt_br, pt_pt, ro, rom, ru, se, sk, sl, sma, smj, so, sq, sr,
  th, ti, tr, uk, ur, vi, yi, zh_hans, zh_hant,
};

/** All locales, Swedish and English first. */
export const LOCALES: readonly Locale[] = [
  sv, en, ar, bg, bs, ca, ckb, cs, cy, da, de, el, es, et, eu, fa, fi, fit, fr, ga, gl, he, hi, hr, hu, is, it,
  kmr, lt, lv, mt, nb, nl, nn, pl, prs, ps, pt_br, pt_pt, ro, rom, ru, se, sk, sl, sma, smj, so, sq, sr,
  th, ti, tr, uk, ur, vi, yi, zh_hans, zh_hant,
];

export type { Locale, NoticeText } from './types';
