// Test setup: jest-dom's matchers (toBeInTheDocument, toHaveAccessibleDescription…) for every test.
import "@testing-library/jest-dom/vitest";
