/**
 * Loads one of the page's own bundles on first use and returns the global it
 * defines. A classic script, not `import()`: module scripts are blocked on
 * file:// pages, and the playbook must work opened straight from disk. A
 * failed load may be tried again.
 */
export function lazyScript<T>(src: string, global: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => {
        const mod = (window as unknown as Record<string, T | undefined>)[global];
        if (mod) resolve(mod);
        else reject(new Error(`${src} did not register`));
      };
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(script);
    }).catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return loading;
  };
}
