export default defineBackground(() => {
  // Pack subscriptions and policy sync arrive with their issues; the background holds no state yet.
});
