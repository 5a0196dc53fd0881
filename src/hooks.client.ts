import { noteEarlyInput } from '$lib/client/early-input';

// Runs when the app's JavaScript arrives, before hydration: see early-input.ts.
noteEarlyInput();
