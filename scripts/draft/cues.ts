/**
 * Words that tell what a sentence says happened: a visit, a call-in, a video meeting, a leg
 * home. Each is a regular expression per language, matched on whole words.
 */
import type { Lang } from '../../src/model/lang.ts';

const words = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

export type Cue =
  | 'visit'
  | 'back'
  | 'onward'
  | 'future'
  | 'past'
  | 'remote'
  | 'video'
  | 'receiveActive'
  | 'receivePassive'
  | 'meetingNoun'
  | 'leaders'
  | 'advisers'
  | 'participate'
  | 'meet'
  | 'connection'
  | 'pronoun';

export const CUES: Record<Lang, Record<Cue, RegExp>> = {
  sv: {
    visit: words(
      'besök(?:te|er|a|t)|besöket|reste|reser|resa|åker|åkte|gästar|gästade|avlägger besök|kommer på besök|är på besök|fortsätter|fortsatte',
    ),
    back: words('återvänd(?:e|er|a)|åter till|tillbaka|reser hem|åker hem|hem till|hemresa(?:n)?'),
    onward: words('vidare|därefter|därifrån'),
    future: words(
      'kommer att|ska|skall|planeras|planerat|planerade|kommande|besöker|reser|åker|gästar|inleder|tar emot|välkomnar|träffar|deltar|medverkar',
    ),
    past: words(
      'besökte|reste|åkte|genomfördes|hölls|ägde rum|deltog|träffade|ringde|togs emot|gästade|fortsatte|återvände',
    ),
    remote: words(
      'ringde in|ringer in|på distans|via (?:video|videolänk|länk|telefon)|per telefon|digitalt|deltog digitalt|anslöt digitalt',
    ),
    video: words(
      'videomöte\\p{L}*|videokonferens\\p{L}*|digitalt möte|digitala mötet|virtuellt möte|möte\\p{L}* (?:hölls |som hölls )?(?:via|per) video',
    ),
    receiveActive: words(
      'tar emot|tog emot|välkomnar|välkomnade|är värd för|var värd för|står värd för|stod värd för',
    ),
    receivePassive: words('(?:togs|tas|välkomnades|välkomnas)(?: \\p{L}+)? (?:emot )?av'),
    meetingNoun: words(
      '\\p{L}*möte(?:t|n|na)?|samtal(?:en)?|konferens(?:en)?|sammanträde(?:t)?|besök(?:et)?',
    ),
    leaders: words('ledar\\p{L}*|stats- och regeringschef\\p{L}*|toppmöte\\p{L}*'),
    advisers: words('\\p{L}*säkerhetsrådgivar\\p{L}*'),
    participate: words('deltar|deltog|delta|medverkar|medverkade|närvarar'),
    meet: words('träffa(?:r|de)?|möt(?:er|te)|samtal med|samtalade med'),
    connection: words('i samband med|i anslutning till|i marginalen av|i utkanten av'),
    pronoun: words('hon|han|hen'),
  },
  en: {
    visit: words(
      'visit(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|arrive[sd]?|arriving|continue[sd]? to|went on to|go(?:es)? on to|head(?:s|ed)? to|fl(?:y|ies|ew) to',
    ),
    back: words('return(?:s|ed|ing)?|and back|back to|back home|home to'),
    onward: words('then|on to|onward|onwards|continue[sd]?|afterwards|from there'),
    future: words('will|is to|are to|plans?|planned|scheduled|upcoming|is going to|visits|travels'),
    past: words(
      'was|were|had|met|visited|held|took place|said|called|attended|travelled|traveled|arrived|received|discussed|returned|joined',
    ),
    remote: words(
      'called in|phoned in|dialled in|dialed in|(?:by|via|over) (?:video(?: link)?|phone|telephone|videoconference)|remotely|virtually',
    ),
    video: words(
      'video ?conference|video meeting|video call|virtual meeting|online meeting|meeting (?:held )?(?:by|via|over) video',
    ),
    receiveActive: words('receives?|received|hosts?|hosted|welcomes?|welcomed'),
    receivePassive: words('(?:was|were|is|are|will be|be) (?:received|hosted|welcomed) by'),
    meetingNoun: words('meetings?|summit|talks|conference|visit'),
    leaders: words('leaders?|heads? of (?:state|government)|summit'),
    advisers: words('(?:national )?security advis[eo]rs?'),
    participate: words('attend(?:s|ed)?|takes? part|took part|participat\\p{L}*'),
    meet: words('met|meets?|meeting with|talks with|held talks'),
    connection: words(
      'in connection with|in conjunction with|on the sidelines of|on the margins of',
    ),
    pronoun: words('she|he'),
  },
};

/** Where a cue occurs in a sentence, or undefined. */
export function cueAt(cue: Cue, lang: Lang, sentence: string): number | undefined {
  const m = CUES[lang][cue].exec(sentence);
  return m ? m.index : undefined;
}

export const hasCue = (cue: Cue, lang: Lang, sentence: string): boolean =>
  CUES[lang][cue].test(sentence);

/** The end of a cue's first occurrence. */
export function cueEnd(cue: Cue, lang: Lang, sentence: string): number | undefined {
  const m = CUES[lang][cue].exec(sentence);
  return m ? m.index + m[0].length : undefined;
}
