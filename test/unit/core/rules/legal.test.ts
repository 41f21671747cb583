import { legalRule } from '../../../../src/core/rules/boilerplate/legal';
import { ruleTable } from '../../helpers';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';

ruleTable(legalRule, [
  { name: 'CNN-style footer', text: `${P1}\n    © 2024 Cable News Network. All Rights Reserved.\n\n      Terms of Use\n      |\n      Privacy Policy\n      Ad Choices\n      Cookie Settings\n`, flags: ['© 2024 Cable News Network. All Rights Reserved.', 'Terms of Use', 'Privacy Policy', 'Ad Choices', 'Cookie Settings'] },
  { name: 'legal menu on one line', text: `${P1}\nTerms of Use | Privacy Policy | Cookie Policy | Do Not Sell My Personal Information\n`, flags: ['Terms of Use | Privacy Policy | Cookie Policy | Do Not Sell My Personal Information'] },
  { name: 'copyright without ©', text: `${P1}\nCopyright 2025 Mesa Broadcasting Inc. All rights reserved.\n`, flags: ['Copyright 2025 Mesa Broadcasting Inc. All rights reserved.'] },
  { name: 'cookie banner and affiliate disclosure', text: `${P1}\nWe use cookies to improve your experience on our site.\nWe may earn a commission when you buy through links on our site.\n`, flags: ['We use cookies to improve your experience on our site.', 'We may earn a commission when you buy through links on our site.'] },
  { name: 'consent banner above the article', text: `We value your privacy\nWe and our partners use cookies and similar technologies to store information on your device.\n\n${P1}\n`, flags: ['We value your privacy', 'We and our partners use cookies and similar technologies to store information on your device.'] },
  { name: 'article sentence about cookies', text: `${P1}\nThe regulator said websites that use cookies for advertising must ask visitors first, under the new rules.\n`, flags: [] },
  { name: 'article sentence about a privacy policy', text: `${P1}\nThe company said its privacy policy allowed it to use licensed recordings for training, a claim the lawyers dispute.\n`, flags: [] },
  { name: 'article sentence about copyright', text: 'Copyright protects recordings, not the sound of a person, the lawyer said.\n', flags: [] },
]);
