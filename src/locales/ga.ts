import type { Locale } from './types';

/** Irish. */
const ga: Locale = {
  tag: 'ga',
  name: 'Gaeilge',
  dir: 'ltr',
  reviewed: false,
  plural: 'irish', // with digits Irish keeps the singular "lá", so all five forms read alike
  list: { separator: ', ', lastSeparator: ' nó ' },
  text: {
    heading: 'Tá do bhrabhsálaí as dáta',
    introOutdated: 'Go luath, ní oibreoidh codanna den suíomh {site} sa bhrabhsálaí seo a thuilleadh.',
    introUnsupported: "B'fhéidir nach n-oibríonn codanna den suíomh {site} sa bhrabhsálaí seo cheana féin.",
    insecure: 'Ní fhaigheann an brabhsálaí seo nuashonruithe slándála a thuilleadh ar chóras do ghléis.',
    update: 'Ba mhaith linn go mbeifeá in ann leanúint ort ag úsáid an tsuímh, mar sin molaimid duit an leagan is déanaí de {browsers} a shuiteáil.',
    switch: 'Ba mhaith linn go mbeifeá in ann leanúint ort ag úsáid an tsuímh, mar sin molaimid duit aistriú go {browsers}.',
    updateOs: 'Níl aon bhrabhsálaí a fhaigheann nuashonruithe slándála fós ar fáil do chóras do ghléis. Nuashonraigh an córas más féidir leat, nó úsáid gléas níos nuaí.',
    updateIos: 'Nuashonraigh bogearraí do ghléis i socruithe an ghléis, faoi nuashonrú bogearraí. Mura féidir é a nuashonrú, úsáid gléas níos nuaí.',
    updateMac: 'Nuashonraigh córas oibriúcháin do Mac (macOS) go leagan níos nuaí más féidir leat, nó úsáid ríomhaire níos nuaí.',
    remember: [
      'Má dhúnann tú an fógra seo, ní thaispeánfar arís é ar an ngléas seo go ceann {days} lá.',
      'Má dhúnann tú an fógra seo, ní thaispeánfar arís é ar an ngléas seo go ceann {days} lá.',
      'Má dhúnann tú an fógra seo, ní thaispeánfar arís é ar an ngléas seo go ceann {days} lá.',
      'Má dhúnann tú an fógra seo, ní thaispeánfar arís é ar an ngléas seo go ceann {days} lá.',
      'Má dhúnann tú an fógra seo, ní thaispeánfar arís é ar an ngléas seo go ceann {days} lá.',
    ],
    dismiss: 'Dún',
  },
};

export default ga;
