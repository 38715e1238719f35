// The popup's first questions, asked while its interface is still loading: a classic script the popup's HTML runs
// before its modules, so the page's answer travels while they load (utils/extension/popup-questions.ts).
import { defineUnlistedScript } from '#imports';
import { askPopupQuestions, leavePopupQuestions } from '../utils/extension/popup-questions';

export default defineUnlistedScript(() => {
  leavePopupQuestions(askPopupQuestions(location.search));
});
