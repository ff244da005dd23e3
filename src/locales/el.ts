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
    intro: 'Σύντομα ορισμένα τμήματα του ιστότοπου {site} δεν θα λειτουργούν πλέον σε αυτό.',
    update: 'Θέλουμε να μπορείτε να συνεχίσετε να χρησιμοποιείτε τον ιστότοπο, γι’ αυτό σας προτείνουμε να εγκαταστήσετε την πιο πρόσφατη έκδοση του {browsers}.',
    switch: 'Θέλουμε να μπορείτε να συνεχίσετε να χρησιμοποιείτε τον ιστότοπο, γι’ αυτό σας προτείνουμε να μεταβείτε στο {browsers}.',
    updateOs: 'Το σύστημα της συσκευής σας είναι πολύ παλιό για ένα σύγχρονο πρόγραμμα περιήγησης. Ενημερώστε το σύστημα, αν μπορείτε, ή χρησιμοποιήστε μια νεότερη συσκευή.',
    remember: [
      'Θα θυμόμαστε την επιλογή σας σε αυτή τη συσκευή για {days} ημέρα.',
      'Θα θυμόμαστε την επιλογή σας σε αυτή τη συσκευή για {days} ημέρες.',
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
