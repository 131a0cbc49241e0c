/**
 * Common English words that are not Norwegian words, for finding English left in Norwegian pages.
 *
 * Chosen so that a Norwegian text never hits them: words spelled the same in both languages are left out even
 * when they are common in English (they are in SHARED_WORDS below). A statistical language detector (franc) was
 * tried and left out: on texts of two or three words, the length of an aria-label, it picks among 180 languages
 * almost at random ("Barcode icon" came out as Venetian).
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  `
  the a an and of or nor in on if then than so but also only very more much many each every any some other such
  is are was were been being has have had does did doing done
  this that these those there here where when what which who whom whose why how not none
  with without within from into onto upon about above below after before between through during against
  your yours you our ours we they them their theirs it its he she him his hers
  can cannot could will would shall should may might must
  don't doesn't isn't aren't won't can't
  please click select choose open close save cancel delete remove add edit update enter check uncheck
  clear set get use used using see view find follow learn configure configured change changed
  icon icons button buttons field fields settings setting connection connections mapping mappings
  default defaults value values visibility description active inactive user users group groups name names
  error errors message messages warning caution important required optional enabled disabled dimmed greyed grayed
  barcode checkbox box window page pages tabs file files folder folders path address search result results
  help information step steps next previous back home related content troubleshooting new same first
  successful success failed fails failure
  `
    .trim()
    .split(/\s+/),
);

/**
 * Words spelled the same in English and Norwegian. They never count as English, but one standing between two
 * English words does not end the run: "Click the button to save" is one English stretch, "to" included.
 */
export const SHARED_WORDS: ReadonlySet<string> = new Set(
  `
  for at to by under over all like side test start data system server status type dialog note tips list last
  be do sure fast rest most show hand make just tap tab press man
  `
    .trim()
    .split(/\s+/),
);

/**
 * Small Norwegian words: a short text that holds one of them is Norwegian, whatever else it holds. Only used to
 * keep a short label such as an aria-label from being called English for one loan word.
 */
export const NORWEGIAN_WORDS: ReadonlySet<string> = new Set(
  `
  og i på er en et ei til av med som det den de du ikke for å eller fra hvis når kan skal må har ved om
  slik etter før under over mellom uten
  `
    .trim()
    .split(/\s+/),
);
