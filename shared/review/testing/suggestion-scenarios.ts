import type { SuggestionScenario } from './suggestion-scenario'
import { directionScenarios } from './scenarios/direction'
import { formattingScenarios } from './scenarios/formatting'
import { headingScenarios } from './scenarios/headings'
import { listScenarios } from './scenarios/lists'
import { paragraphScenarios } from './scenarios/paragraphs'
import { figureScenarios, quoteScenarios } from './scenarios/quotes-and-figures'
import { tableScenarios } from './scenarios/tables'
import { wordScenarios } from './scenarios/words-in-every-block'

/** Every scripted suggestion, for the decision tests and the document's round trip alike. */
export const suggestionScenarios: SuggestionScenario[] = [
  ...wordScenarios,
  ...headingScenarios,
  ...listScenarios,
  ...quoteScenarios,
  ...figureScenarios,
  ...tableScenarios,
  ...formattingScenarios,
  ...directionScenarios,
  ...paragraphScenarios
]
