import MDXComponents from '@theme-original/MDXComponents';
import Cite from '@site/src/components/Cite';
import Term from '@site/src/components/Term';
import Fact from '@site/src/components/Fact';
import HelpNow from '@site/src/components/HelpNow';
import ReadingTime from '@site/src/components/ReadingTime';
import Listen from '@site/src/components/Listen';

// Small helpers every chapter may use without importing them. Heavy interactive parts
// (Quiz, Checklist, plan tools) are imported by the pages that need them instead.
export default {
  ...MDXComponents,
  Cite,
  Term,
  Fact,
  HelpNow,
  ReadingTime,
  // Placed after each group heading of the FAQ by src/plugins/rehypeGroupListen.ts.
  ListenGroup: Listen,
};
