import type { Locale } from './types';

/** Welsh — used by public bodies in Wales alongside English. */
const cy: Locale = {
  tag: 'cy',
  name: 'Cymraeg',
  dir: 'ltr',
  reviewed: false,
  plural: 'other', // CLDR cy has zero/one/two/few/many/other, but after a digit
  // Welsh keeps the singular "diwrnod" in every category, so one form serves them all
  list: { separator: ', ', lastSeparator: ' neu ' },
  text: {
    heading: 'Mae eich porwr wedi dyddio',
    introOutdated: 'Cyn bo hir, bydd rhannau o wefan {site} yn peidio â gweithio yn y porwr hwn.',
    introUnsupported: 'Efallai fod rhannau o wefan {site} eisoes wedi peidio â gweithio yn y porwr hwn.',
    insecure: "Nid yw'r porwr hwn yn cael diweddariadau diogelwch ar system eich dyfais mwyach.",
    update: "Er mwyn i chi allu parhau i ddefnyddio'r wefan, rydym yn argymell diweddaru i'r fersiwn ddiweddaraf o {browsers}.",
    switch: "Er mwyn i chi allu parhau i ddefnyddio'r wefan, rydym yn argymell newid i {browsers}.",
    updateOs: "Nid oes unrhyw borwr sy'n dal i gael diweddariadau diogelwch yn gweithio ar system eich dyfais mwyach. Diweddarwch y system os gallwch, neu defnyddiwch ddyfais fwy newydd.",
    updateIos: "Diweddarwch feddalwedd eich dyfais yng ngosodiadau'r ddyfais, o dan ddiweddaru meddalwedd. Os na ellir ei diweddaru, defnyddiwch ddyfais fwy newydd.",
    updateMac: 'Diweddarwch system weithredu eich Mac (macOS) i fersiwn fwy newydd os gallwch, neu defnyddiwch gyfrifiadur mwy newydd.',
    remember: [
      "Os byddwch yn cau'r hysbysiad hwn, ni fydd yn ymddangos eto ar y ddyfais hon am {days} diwrnod.",
    ],
    dismiss: 'Cau',
  },
};

export default cy;
