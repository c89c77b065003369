// One Firebase app. Served from 127.0.0.1 or localhost (the Hosting emulator, `vite`), it
// talks to the local emulators with the demo project; anywhere else it takes the real
// project's config from Firebase Hosting's reserved /__/firebase/init.json.
import { type FirebaseOptions, initializeApp } from "firebase/app";
import { type Auth, connectAuthEmulator, getAuth } from "firebase/auth";
import { type Firestore, connectFirestoreEmulator, getFirestore } from "firebase/firestore";
import { type Functions, connectFunctionsEmulator, getFunctions } from "firebase/functions";

export const REGION = "us-central1";
const EMULATOR_HOST = "127.0.0.1";
// The ports firebase.json gives the emulators (scripts/emulators.py's Ports).
const EMULATOR_PORTS = { auth: 9099, firestore: 8080, functions: 5001 } as const;
const DEMO_CONFIG: FirebaseOptions = {
  apiKey: "demo-key",
  authDomain: "demo-citizen-safe.firebaseapp.com",
  projectId: "demo-citizen-safe",
  appId: "demo-citizen-safe-web",
};

export interface Services {
  auth: Auth;
  db: Firestore;
  functions: Functions;
  emulated: boolean;
}

export function isLocalHost(hostname: string): boolean {
  return hostname === "127.0.0.1" || hostname === "localhost";
}

async function hostingConfig(): Promise<FirebaseOptions> {
  const resp = await fetch("/__/firebase/init.json");
  if (!resp.ok) throw new Error(`no Firebase config at /__/firebase/init.json (${resp.status})`);
  return (await resp.json()) as FirebaseOptions;
}

export async function connect(hostname: string = location.hostname): Promise<Services> {
  const emulated = isLocalHost(hostname);
  const app = initializeApp(emulated ? DEMO_CONFIG : await hostingConfig());
  const auth = getAuth(app);
  const db = getFirestore(app);
  const functions = getFunctions(app, REGION);
  if (emulated) {
    connectAuthEmulator(auth, `http://${EMULATOR_HOST}:${EMULATOR_PORTS.auth}`, {
      disableWarnings: true,
    });
    connectFirestoreEmulator(db, EMULATOR_HOST, EMULATOR_PORTS.firestore);
    connectFunctionsEmulator(functions, EMULATOR_HOST, EMULATOR_PORTS.functions);
  }
  return { auth, db, functions, emulated };
}
