// What every checker and key tool widget repeats: the frame and privacy line, fields, verdict banner,
// findings, notices, copy.
export {CheckerCard} from './CheckerCard';
export {PrivacyNote, type PrivacyKind} from './PrivacyNote';
export {VerdictBanner, verdictLabel, type Verdict} from './VerdictBanner';
export {FindingsList, FindingItem, severityLabel, worstFinding, splitHeadline} from './FindingsList';
export {Notice, type Tone} from './Notice';
export {CopyButton} from './CopyButton';
export {Field} from './Field';
export {PrivateInput, PrivateTextarea} from './PrivateInput';
export {MaskedInput} from './MaskedInput';
export {TextField} from './TextField';
export {SelectField} from './SelectField';
export {privateFieldProps} from './privateFieldProps';
export {usePageLocale} from './usePageLocale';
export {useSettledInput} from './useSettledInput';
export {useCheckerModule, useDescribe} from './useCheckerModule';
export {useKnownSecrets, usePublishSecret} from './knownSecrets';
export {ChoiceField} from './ChoiceField';
export {SignerModeChoice, type SignerMode} from './SignerModeChoice';
export {OutputBlock} from './OutputBlock';
export {FirstDifference, MarkedText} from './FirstDifference';
export {shellQuote} from './shellQuote';
export {SignerVerdict, type SignerVerdictState} from './SignerVerdict';
