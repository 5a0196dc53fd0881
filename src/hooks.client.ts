import { noteEarlyInput } from '$lib/client/early-input';
import { keepDataRequestsThroughOutages } from '$lib/client/data-requests';

// Runs when the app's JavaScript arrives, before hydration: see early-input.ts.
noteEarlyInput();
// A data reload that loses the connection waits for it instead of leaving the page: see data-requests.ts.
keepDataRequestsThroughOutages();
