import type { Locale } from './types';

/** Greek. */
const el: Locale = {
  tag: 'el',
  name: 'Ελληνικά',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' ή ' },
  text: {
    heading: 'Το πρόγραμμα περιήγησής σας δεν είναι ενημερωμένο',
    introOutdated: 'Σύντομα ορισμένα τμήματα του ιστότοπου {site} δεν θα λειτουργούν πλέον σε αυτό.',
    introUnsupported: 'Ορισμένα τμήματα του ιστότοπου {site} ίσως ήδη δεν λειτουργούν σε αυτό.',
    update: 'Για να συνεχίσετε να χρησιμοποιείτε τον ιστότοπο, εγκαταστήστε την πιο πρόσφατη έκδοση του {browsers}.',
    switch: 'Για να συνεχίσετε να χρησιμοποιείτε τον ιστότοπο, μεταβείτε στο {browsers}.',
    updateOs: 'Στο σύστημα της συσκευής σας δεν λειτουργεί πλέον κανένα πρόγραμμα περιήγησης με ενημερώσεις ασφαλείας. Ενημερώστε το σύστημα, αν μπορείτε, ή χρησιμοποιήστε μια νεότερη συσκευή.',
    remember: [
      'Αν κλείσετε το μήνυμα, δεν θα εμφανιστεί ξανά σε αυτή τη συσκευή για {days} ημέρα.',
      'Αν κλείσετε το μήνυμα, δεν θα εμφανιστεί ξανά σε αυτή τη συσκευή για {days} ημέρες.',
    ],
    dismiss: 'Κλείσιμο',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/el/firefox/new/',
    chrome: 'https://www.google.com/intl/el/chrome/',
    edge: 'https://www.microsoft.com/el-gr/edge/download',
  },
};

export default el;
