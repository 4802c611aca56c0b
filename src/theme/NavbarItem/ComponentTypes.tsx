import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import HelpNowLink from '@site/src/components/HelpNowLink';

// Adds the "custom-helpNow" navbar item type: the crisis link that stays visible on phones.
export default {
  ...ComponentTypes,
  'custom-helpNow': HelpNowLink,
};
