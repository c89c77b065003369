import { defineConfig } from "vite";

// Built into web/dist, which the Hosting emulator (firebase.json "hosting") serves.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The Firebase SDK (Auth, Firestore, Functions) is most of the bundle; one chunk is fine.
    chunkSizeWarningLimit: 900,
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
});
