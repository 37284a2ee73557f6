import { defineBackground } from 'wxt/utils/define-background';

// The background stays a list of registrations; each feature adds its own from utils/.
export default defineBackground(() => {});
