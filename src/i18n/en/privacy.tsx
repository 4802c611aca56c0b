/** Words of the privacy page (src/pages/privacy.tsx). */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

export interface PrivacyBodyProps {
  /** The clinic that runs this copy, if any. */
  readonly clinicName?: string;
  /** True when search runs in the browser (Pagefind); false with Algolia. */
  readonly localSearch: boolean;
}

export const PRIVACY_TEXT = {
  title: 'Privacy',
  description: 'This site collects nothing. Your progress stays in your own browser.',
  heading: 'Privacy: we collect nothing',
  lead: 'This site does not collect, send or sell anything about you. There are no accounts, no analytics, no cookies for tracking, and no fonts, images or scripts from other websites.',
  /** Everything after the lead, section by section; the anchors are the same in every language. */
  Body: ({ clinicName, localSearch }: PrivacyBodyProps) => (
    <>
      <Heading as="h2" id="progress">
        Where your progress is kept
      </Heading>
      <p>
        When you mark a chapter as read, answer a knowledge check, tick the checklist or write your own questions, the
        site saves that in your browser’s storage on this device (called “local storage”). It never leaves your device.
        The people who run this site cannot see it.
      </p>
      <ul>
        <li>
          On the <Link to="/progress">My progress</Link> page you can see everything that is saved, download it as a
          file, load it on another device, or erase it.
        </li>
        <li>
          Anyone who uses this browser on this device could see your progress. On a shared device, you may want to erase
          it when you finish, or use a private window.
        </li>
        <li>Clearing your browser’s site data also erases it.</li>
      </ul>
      <Heading as="h2" id="offline">
        The offline copy on this device
      </Heading>
      <p>
        The pages you open are kept in your browser’s storage on this device, so they open again without a connection.
        If you press “Save the whole course for offline reading” on <Link to="/progress#offline">My progress</Link>, all
        of the course’s pages are kept too.
      </p>
      <ul>
        <li>
          What is kept: the course’s own pages and the files they need to show and search them. Nothing about you is in
          it. Your progress is kept apart from it (see above).
        </li>
        <li>Nothing is sent: saving only downloads the course from this site, the same way opening each page would.</li>
        <li>
          Anyone who uses this browser on this device could see which pages are kept, for example in the browser’s
          settings.
        </li>
        <li>
          To remove it, press “Remove the offline copy from this device” on{' '}
          <Link to="/progress#offline">My progress</Link>. Clearing this site’s data in your browser’s settings also
          removes it (and erases your progress too).
        </li>
        <li>Your browser may also remove the copy by itself when the device runs low on space.</li>
      </ul>
      <Heading as="h2" id="language">
        Your choice of language
      </Heading>
      <p>
        When you choose a language in the top bar, the site remembers your choice in your browser’s storage on this
        device, so the home page opens in that language next time. Your choice is never sent anywhere. Clearing your
        browser’s site data erases it.
      </p>
      <Heading as="h2" id="links">
        Links you choose to share
      </Heading>
      <p>
        A clinician may send you a preparation plan as a link, and you may choose to make a summary link for your
        clinician. The details sit after the “#” in the link. Browsers do not send that part to any website, so it never
        reaches a server. Only people you give the link to can see it.
      </p>
      <Heading as="h2" id="summary-links">
        A summary link can be read by anyone who has it
      </Heading>
      <p>
        The details in a plan or summary link are encoded: written in a short form that the site turns back into text.
        They are not encrypted (locked with a secret key). Anyone who gets the link can open it and read it, and so can
        anyone who sees it in an email, a chat or a photo of your screen.
      </p>
      <ul>
        <li>Send a summary link only to the care team you choose, in a way you trust.</li>
        <li>Do not post it where other people can see it.</li>
        <li>
          A plan link from your clinic shows only the modules, a date and a short message. Your clinic should not put
          anything in it that names you.
        </li>
      </ul>
      <Heading as="h2" id="server-logs">
        What the website’s server can record
      </Heading>
      <p>
        {clinicName ? (
          <>
            This copy of the course is run by <strong>{clinicName}</strong>.{' '}
          </>
        ) : null}
        The computer that sends you these pages (the server) can keep a log, like most websites. A log can record which
        pages were asked for, when, and the internet address (IP address) of the device that asked. An internet address
        can sometimes point to a home or a workplace.
      </p>
      <ul>
        <li>
          The log never holds your progress, your answers, your notes, or what is in a plan or summary link. Those stay
          in your browser, and the part of a link after the “#” is never sent to the server.
        </li>
        <li>
          The sample server setup that comes with this course keeps a log without internet addresses: only the time, the
          page and whether it worked. Whoever runs a copy of the course chooses its server setup.
        </li>
        <li>
          If you do not want anyone to know you visited, you can use a private window, or read the course on a device
          that is not shared.
        </li>
      </ul>
      <Heading as="h2" id="search">
        Search
      </Heading>
      {localSearch ? (
        <p>The search box works inside your browser. What you type is not sent anywhere.</p>
      ) : (
        <p>
          This copy of the course uses Algolia DocSearch for its search box. What you type in the search box is sent to
          Algolia to find results. Nothing else is sent.
        </p>
      )}
      <Heading as="h2" id="listen">
        Listening to a page
      </Heading>
      <p>
        The “Listen” button reads a page aloud with a voice that is on your device. Some browsers also offer voices that
        send the text to a company’s server to turn it into speech. This site never uses those voices. If your device
        has no voice of its own for the page’s language, the button tells you so and reads nothing.
      </p>
      <Heading as="h2" id="other-sites">
        Links to other websites
      </Heading>
      <p>
        Sources and crisis services link to other websites. If you follow one, that website’s own privacy policy
        applies.
      </p>
    </>
  ),
};
