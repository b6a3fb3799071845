// A test-runner command that reads Chromium's own accessibility tree (what a screen reader is
// given) through the DevTools protocol: `Accessibility.getFullAXTree`, cut to the subtree of one
// element of the test page. In the browser:
// `executeServerCommand('ax-tree', {selector: '#host'})` → `{supported, nodes}`, where `nodes`
// lists the subtree's non-ignored nodes in document order as `{role, name, depth, level?,
// checked?, disabled?, expanded?, roledescription?, live?}` (generic and text-run nodes left out).
// Chromium only: Firefox reports `{supported: false}`.
const SKIP = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'StaticText']);
const PROPS = ['level', 'checked', 'disabled', 'expanded', 'roledescription', 'live', 'invalid'];

export function axTreePlugin() {
  return {
    name: 'news-ax-tree',
    async executeCommand({command, payload, session}) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return {supported: false};
      let client;
      try {
        client = await page.createCDPSession();
      } catch {
        return {supported: false}; // Firefox over WebDriver BiDi: no DevTools protocol
      }
      try {
        // Object ids belong to the session that made them: the element is looked up in this one.
        const {result} = await client.send('Runtime.evaluate', {
          expression: `document.querySelector(${JSON.stringify(payload.selector)})`,
        });
        if (!result.objectId) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
        const {node} = await client.send('DOM.describeNode', {objectId: result.objectId});
        const {nodes} = await client.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!root) return {supported: true, nodes: []};
        const out = [];
        const walk = (n, depth) => {
          const role = n.role?.value ?? '';
          const keep = !n.ignored && !SKIP.has(role);
          if (keep) {
            const entry = {role, name: n.name?.value ?? '', depth};
            for (const p of n.properties ?? [])
              if (PROPS.includes(p.name)) entry[p.name] = p.value?.value;
            out.push(entry);
          }
          for (const id of n.childIds ?? []) {
            const child = byId.get(id);
            if (child) walk(child, keep ? depth + 1 : depth);
          }
        };
        walk(root, 0);
        return {supported: true, nodes: out};
      } finally {
        await client.detach().catch(() => {});
      }
    },
  };
}
