import type { Locale } from './types';

/** Swedish — the seed site's language and the fallback for Swedish pages. */
const sv: Locale = {
  tag: 'sv',
  name: 'svenska',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' eller ' },
  text: {
    heading: 'Din webbläsare är gammal',
    introOutdated: 'Snart slutar delar av webbplatsen {site} att fungera i din webbläsare.',
    introUnsupported: 'Det kan hända att delar av webbplatsen {site} redan nu inte fungerar i din webbläsare.',
    insecure: 'Din webbläsare får inte längre säkerhetsuppdateringar på din enhets operativsystem.',
    update: 'Uppdatera gärna till den senaste versionen av {browsers}, så att du kan fortsätta använda webbplatsen.',
    switch: 'Byt gärna till {browsers}, så att du kan fortsätta använda webbplatsen.',
    updateOs: 'Ingen webbläsare som får säkerhetsuppdateringar fungerar längre med din enhets operativsystem. Uppdatera operativsystemet om du kan, eller använd en nyare enhet.',
    updateIos: 'Uppdatera enhetens programvara under Inställningar › Allmänt › Programuppdatering. Om den inte går att uppdatera, använd en nyare enhet.',
    updateMac: 'Uppdatera datorns operativsystem, macOS, till en nyare version om det går, eller använd en nyare dator.',
    remember: [
      'Om du stänger meddelandet visas det inte igen på den här enheten förrän om {days} dag.',
      'Om du stänger meddelandet visas det inte igen på den här enheten förrän om {days} dagar.',
    ],
    dismiss: 'Stäng',
  },
};

export default sv;
