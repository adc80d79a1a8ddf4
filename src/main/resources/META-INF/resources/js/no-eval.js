/*
 * Lets the app run under a Content-Security-Policy without 'unsafe-eval' (security.SecurityHeaders).
 *
 * Vaadin 25.2's client builds functions from text the server sends: the JavaScript of executeJs() calls (Vaadin's
 * components' and the app's own), the expressions that read event data, and the templates of grid renderers. Such a
 * policy forbids `new Function(text)`. The bootstrap page loads this script first (security.PageHeaders), and it
 * replaces window.Function before Vaadin's client starts: a text the app is known to send gets its function from the
 * table at the end of this file, where the same code is written out; reading a property path of the event or the
 * element (`event.detail.value`) and loading a lazy chunk of the bundle are answered by the patterns below. Nothing is
 * evaluated from text.
 *
 * A text not in the table is reported on the browser console, with the entry to add, and kept in
 * window.Vaadin.academyCsp.missing; it then goes to the browser's own Function: development mode's policy allows that,
 * production's refuses it, and that part of the screen does not work until the table has the text. CspBrowserIT walks
 * the main views and fails on any missing text; a Vaadin upgrade can bring new ones (Vaadin 25.4 makes this file
 * unnecessary: its client ships such code in the bundle).
 */
(function () {
  'use strict';

  var NativeFunction = window.Function;
  var functions = table();
  var missing = [];

  var PROPERTY_PATH = /^\((event|element)((?:\.[A-Za-z_$][\w$]*)+)\)$/;
  // a listener's preventDefault() and stopPropagation(): a method of the event called without arguments
  var METHOD_CALL = /^\((event|element)((?:\.[A-Za-z_$][\w$]*)*)\.([A-Za-z_$][\w$]*)\(\)\)$/;
  // Vaadin's usage statistics, which development mode's bundle starts: not gathered, not sent
  var USAGE_STATISTICS = 'vaadin.statistics';
  var LITERAL = /^\((-?\d+(?:\.\d+)?|true|false|null)\)$/;
  var LOAD_ON_DEMAND = /^return window\.Vaadin\.Flow\.loadOnDemand\('([0-9a-f]+)'\);$/;
  // Vaadin wraps a call whose result the server waits for: the call, then resolve and reject
  var PENDING = /^try\{Promise\.resolve\(\(async function\(\)\{([\s\S]*)\}\)\(\)\)\.then\((\$\d+),function\(error\)\{(\$\d+)\(''\+error\)\}\)\}catch\(error\)\{\3\(''\+error\)\}$/;

  function lookup(parameters, body) {
    var known = Object.prototype.hasOwnProperty.call(functions, parameters.concat(body).join(','))
      ? functions[parameters.concat(body).join(',')] : undefined;
    if (known) {
      return known;
    }
    var pending = PENDING.exec(body);
    if (pending) {
      var call = lookup(parameters.slice(0, -2), pending[1]);
      return call && function () {
        var args = Array.prototype.slice.call(arguments);
        var resolve = args[args.length - 2];
        var reject = args[args.length - 1];
        var self = this;
        try {
          Promise.resolve((async function () { return call.apply(self, args.slice(0, -2)); })())
            .then(resolve, function (error) { reject('' + error); });
        } catch (error) {
          reject('' + error);
        }
      };
    }
    if (parameters.join(',') === 'event,element' && body.indexOf('return ') === 0) {
      var expression = body.substring('return '.length);
      var path = PROPERTY_PATH.exec(expression);
      if (path) {
        var names = path[2].substring(1).split('.');
        var fromEvent = path[1] === 'event';
        return function (event, element) {
          return names.reduce(function (value, name) { return value == null ? undefined : value[name]; },
            fromEvent ? event : element);
        };
      }
      var call = METHOD_CALL.exec(expression);
      if (call) {
        var owners = call[2] ? call[2].substring(1).split('.') : [];
        var method = call[3];
        var onEvent = call[1] === 'event';
        return function (event, element) {
          var owner = owners.reduce(function (value, name) { return value == null ? undefined : value[name]; },
            onEvent ? event : element);
          return owner == null ? undefined : owner[method]();
        };
      }
      var literal = LITERAL.exec(expression);
      if (literal) {
        var value = JSON.parse(literal[1]);
        return function () { return value; };
      }
    }
    if (parameters.length === 0 && body.indexOf(USAGE_STATISTICS) >= 0) {
      return function () {};
    }
    if (parameters.length === 0) {
      var chunk = LOAD_ON_DEMAND.exec(body);
      if (chunk) {
        return function () { return window.Vaadin.Flow.loadOnDemand(chunk[1]); };
      }
    }
    return undefined;
  }

  function CompiledFunction() {
    var texts = Array.prototype.map.call(arguments, String);
    var body = texts.length === 0 ? '' : texts[texts.length - 1];
    var parameters = texts.slice(0, -1);
    var known = lookup(parameters, body);
    if (known) {
      return known;
    }
    var key = parameters.concat(body).join(',');
    if (missing.indexOf(key) < 0) {
      missing.push(key);
      console.warn('[csp] A function built from text is not in /js/no-eval.js; the production Content-Security-Policy '
        + 'refuses it. Add to its table:\n    ' + JSON.stringify(key) + ': function (' + parameters.join(', ') + ') {'
        + body + '},');
    }
    return Reflect.construct(NativeFunction, texts);
  }

  CompiledFunction.prototype = NativeFunction.prototype;
  window.Function = CompiledFunction;
  window.Vaadin = window.Vaadin || {};
  window.Vaadin.academyCsp = { missing: missing };

  /*
   * The texts the app sends, as "parameters,body", each with its function. Written out from what Vaadin's components
   * and the app's views send (CspBrowserIT lists any that are missing); keep the body exactly as sent.
   */
  function table() {
    return {
      "$0,return (async function() {     const el = this;\n    window.addEventListener('resize', evt => {\n        const event = new Event(\"window-resize\");\n        event.w = document.documentElement.clientWidth;\n        event.h = document.documentElement.clientHeight;\n        el.dispatchEvent(event);\n    });\n}).apply($0)": function ($0) {
return (async function() {     const el = this;
    window.addEventListener('resize', evt => {
        const event = new Event("window-resize");
        event.w = document.documentElement.clientWidth;
        event.h = document.documentElement.clientHeight;
        el.dispatchEvent(event);
    });
}).apply($0)
      },
      "$0,if(window.Vaadin.Flow.navigation) { window.addEventListener('vaadin-navigated', function(event) {    document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n}, {once:true}); }  else {     document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n }": function ($0) {
if(window.Vaadin.Flow.navigation) { window.addEventListener('vaadin-navigated', function(event) {    document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
}, {once:true}); }  else {     document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
 }
      },
      "$0,$1,return (async function() { this.serverConnected($0)}).apply($1)": function ($0, $1) {
return (async function() { this.serverConnected($0)}).apply($1)
      },
      "$0,$1,return (async function() { window.Vaadin.Flow.menubarConnector.initLazy(this, $0)}).apply($1)": function ($0, $1) {
return (async function() { window.Vaadin.Flow.menubarConnector.initLazy(this, $0)}).apply($1)
      },
      "$0,$1,return (async function() { this.target = $0}).apply($1)": function ($0, $1) {
return (async function() { this.target = $0}).apply($1)
      },
      "$0,$1,return (async function() { this.disabled = $0}).apply($1)": function ($0, $1) {
return (async function() { this.disabled = $0}).apply($1)
      },
      "$0,$1,return $0.$connector.generateItems($1)": function ($0, $1) {
return $0.$connector.generateItems($1)
      },
      "$0,return (async function() { this.$connector.generateItems()}).apply($0)": function ($0) {
return (async function() { this.$connector.generateItems()}).apply($0)
      },
      "$0,if ($0) window.Vaadin.Flow.gridConnector.initLazy($0)": function ($0) {
if ($0) window.Vaadin.Flow.gridConnector.initLazy($0)
      },
      "$0,return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)": function ($0) {
return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)
      },
      "$0,$1,return (async function() { if (this.$connector) { this.$connector.setSelectionMode($0) }}).apply($1)": function ($0, $1) {
return (async function() { if (this.$connector) { this.$connector.setSelectionMode($0) }}).apply($1)
      },
      "$0,$1,return (async function() { if (this.$connector) { this.$connector.setSorterDirections($0) }}).apply($1)": function ($0, $1) {
return (async function() { if (this.$connector) { this.$connector.setSorterDirections($0) }}).apply($1)
      },
      "$0,$0.addEventListener('items-changed', function(){ this.$server.updateSelectedTab(true); });": function ($0) {
$0.addEventListener('items-changed', function(){ this.$server.updateSelectedTab(true); });
      },
      "$0,$1,return (async function() { this.invalid = $0}).apply($1)": function ($0, $1) {
return (async function() { this.invalid = $0}).apply($1)
      },
      "$0,window.Vaadin.Flow.selectConnector.initLazy($0)": function ($0) {
window.Vaadin.Flow.selectConnector.initLazy($0)
      },
      "$0,if($0.$connector) $0.$connector.reset();": function ($0) {
if($0.$connector) $0.$connector.reset();
      },
      "$0,return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)": function ($0) {
return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)
      },
      "$0,$1,$2,$3,$4,return (async function() { this.$connector.setHeaderRenderer($0, { content: $1, showSorter: $2, sorterPath: $3 });}).apply($4)": function ($0, $1, $2, $3, $4) {
return (async function() { this.$connector.setHeaderRenderer($0, { content: $1, showSorter: $2, sorterPath: $3 });}).apply($4)
      },
      "$0,$1,$2,return (async function() { this.$connector.setFooterRenderer($0, { content: $1 })}).apply($2)": function ($0, $1, $2) {
return (async function() { this.$connector.setFooterRenderer($0, { content: $1 })}).apply($2)
      },
      "$0,$1,return $0.$connector.updateSize($1)": function ($0, $1) {
return $0.$connector.updateSize($1)
      },
      "$0,$1,$2,return $0.$connector.set($1,$2)": function ($0, $1, $2) {
return $0.$connector.set($1,$2)
      },
      "$0,$1,return $0.$connector.confirm($1)": function ($0, $1) {
return $0.$connector.confirm($1)
      },
      "$0,$1,$2,$3,return $0.$connector.set($1,$2,$3)": function ($0, $1, $2, $3) {
return $0.$connector.set($1,$2,$3)
      },
      "$0,$1,$2,return $0.$connector.confirm($1,$2)": function ($0, $1, $2) {
return $0.$connector.confirm($1,$2)
      },
      "$0,$1,$2,return (async function() { this.$server['}p']($0, true, $1)}).apply($2)": function ($0, $1, $2) {
return (async function() { this.$server['}p']($0, true, $1)}).apply($2)
      },
      "$0,return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)": function ($0) {
return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)
      },
      "$0,$1,$2,$3,$4,$5,$6,return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)}).apply($6)": function ($0, $1, $2, $3, $4, $5, $6) {
return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)}).apply($6)
      },
      "html,root,live,appId,itemKey,model,item,index,return html`${Vaadin.FlowComponentHost.getNode(appId, item.nodeid)}`": function (html, root, live, appId, itemKey, model, item, index) {
return html`${Vaadin.FlowComponentHost.getNode(appId, item.nodeid)}`
      },
      "$0,$1,return (async function() { this.maxFiles = $0}).apply($1)": function ($0, $1) {
return (async function() { this.maxFiles = $0}).apply($1)
      },
      "$0,window.Vaadin.Flow.datepickerConnector.initLazy($0)": function ($0) {
window.Vaadin.Flow.datepickerConnector.initLazy($0)
      },
      "$0,$1,$2,return $0.$connector.updateI18n($1,$2)": function ($0, $1, $2) {
return $0.$connector.updateI18n($1,$2)
      },
      "$0,return (async function() { this.generator = ({item, column}) => { return (item && item.gridtooltips && column) ? item.gridtooltips[column._flowId] ?? item.gridtooltips['row'] : ''; }}).apply($0)": function ($0) {
return (async function() { this.generator = ({item, column}) => { return (item && item.gridtooltips && column) ? item.gridtooltips[column._flowId] ?? item.gridtooltips['row'] : ''; }}).apply($0)
      },
      "$0,$1,return (async function() { navigator.clipboard.writeText($0)}).apply($1)": function ($0, $1) {
return (async function() { navigator.clipboard.writeText($0)}).apply($1)
      },
      "$0,return (async function() { this.focus({preventScroll: true}); this.scrollIntoView({block: 'start'})}).apply($0)": function ($0) {
return (async function() { this.focus({preventScroll: true}); this.scrollIntoView({block: 'start'})}).apply($0)
      },
      // base.ui.AccessibleTabs: the tab list of <vaadin-tabs> holds only its tabs
      "$0,return (async function() { Promise.resolve(this.updateComplete).then(() => { const area = this.shadowRoot && this.shadowRoot.getElementById('scroll'); if (area) { area.removeAttribute('tabindex'); } })}).apply($0)": function ($0) {
return (async function() { Promise.resolve(this.updateComplete).then(() => { const area = this.shadowRoot && this.shadowRoot.getElementById('scroll'); if (area) { area.removeAttribute('tabindex'); } })}).apply($0)
      },
      "$0,$1,return (async function() { const view = $0;\nwindow.academyPasskeys.signIn().then(url => { window.location.href = url || './'; })\n    .catch(e => view.$server.passkeyFailed(String(e && e.message || e)));\n}).apply($1)": function ($0, $1) {
return (async function() { const view = $0;
window.academyPasskeys.signIn().then(url => { window.location.href = url || './'; })
    .catch(e => view.$server.passkeyFailed(String(e && e.message || e)));
}).apply($1)
      },
      "$0,$1,$2,return (async function() { const view = $0;\nwindow.academyPasskeys.register($1).then(() => window.academyPasskeys.signIn())\n    .then(url => { window.location.href = url || './'; })\n    .catch(e => view.$server.passkeyFailed(String(e && e.message || e)));\n}).apply($2)": function ($0, $1, $2) {
return (async function() { const view = $0;
window.academyPasskeys.register($1).then(() => window.academyPasskeys.signIn())
    .then(url => { window.location.href = url || './'; })
    .catch(e => view.$server.passkeyFailed(String(e && e.message || e)));
}).apply($2)
      },
      "$0,$1,return (async function() { this.addEventListener('submit', () => {\n  const token = document.querySelector('meta[name=\"_csrf\"]');\n  const parameter = document.querySelector('meta[name=\"_csrf_parameter\"]');\n  if (parameter) { $0.name = parameter.content; }\n  if (token) { $0.value = token.content; }\n});\n}).apply($1)": function ($0, $1) {
return (async function() { this.addEventListener('submit', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const parameter = document.querySelector('meta[name="_csrf_parameter"]');
  if (parameter) { $0.name = parameter.content; }
  if (token) { $0.value = token.content; }
});
}).apply($1)
      },
      "$0,$1,return (async function() { this.renderer = (root) => Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)}).apply($1)": function ($0, $1) {
return (async function() { this.renderer = (root) => Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)}).apply($1)
      },
      "$0,$1,$2,return (async function() { this.$.overlay.$.overlay.style[$0]=$1}).apply($2)": function ($0, $1, $2) {
return (async function() { this.$.overlay.$.overlay.style[$0]=$1}).apply($2)
      },
      "$0,return $0.requestContentUpdate()": function ($0) {
return $0.requestContentUpdate()
      },
      "$0,$1,return (async function() { this.footerRenderer = (root) => {if (root.firstChild) {    return;}root.appendChild($0);}}).apply($1)": function ($0, $1) {
return (async function() { this.footerRenderer = (root) => {if (root.firstChild) {    return;}root.appendChild($0);}}).apply($1)
      },
      "$0,return (async function() {   this.$.overlay.addEventListener('vaadin-overlay-close', () => {\n    document.addEventListener('vaadin-overlay-close', (e) => {\n      if (!e.defaultPrevented && e.detail.overlay === this.$.overlay) {\n        e.preventDefault();\n        this.$server.handleClientClose();\n      }\n    }, { once: true });\n  });\n}).apply($0)": function ($0) {
return (async function() {   this.$.overlay.addEventListener('vaadin-overlay-close', () => {
    document.addEventListener('vaadin-overlay-close', (e) => {
      if (!e.defaultPrevented && e.detail.overlay === this.$.overlay) {
        e.preventDefault();
        this.$server.handleClientClose();
      }
    }, { once: true });
  });
}).apply($0)
      },
      "$0,return (async function() { if (!window.academyPasskeys) { const s = document.createElement('script'); s.src = 'js/passkeys.js'; document.head.appendChild(s); }}).apply($0)": function ($0) {
return (async function() { if (!window.academyPasskeys) { const s = document.createElement('script'); s.src = 'js/passkeys.js'; document.head.appendChild(s); }}).apply($0)
      },
      "$0,$1,$2,return $0.$connector.clear($1,$2)": function ($0, $1, $2) {
return $0.$connector.clear($1,$2)
      },
      "$0,$1,$2,window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: true, callback: $2 } }));": function ($0, $1, $2) {
window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: true, callback: $2 } }));
      },
      "$0,$1,$2,window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: false, callback: $2 } }));": function ($0, $1, $2) {
window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: false, callback: $2 } }));
      },
      // the quiz's review: "go to question 3" focuses that question's first option (QuizView)
      "$0,return (async function() { this.querySelector('input').focus({preventScroll: true}); this.scrollIntoView({block: 'start'})}).apply($0)": function ($0) {
return (async function() { this.querySelector('input').focus({preventScroll: true}); this.scrollIntoView({block: 'start'})}).apply($0)
      },
      // the upload's success and error events tell the server whether another file is still on its way; without this
      // the event never reached the server, so the preview of a file and the emptied file list stayed on the server
      // (and the upload button disabled, its one file still listed) until something else called it
      "event,element,return (element.files.some(file => file.uploading))": function (event, element) {
return (element.files.some(file => file.uploading))
      },
      // Upload.clearFileList(): the import view empties the list after each file, so the next can be chosen at once
      "$0,return (async function() { this.files = [];}).apply($0)": function ($0) {
return (async function() { this.files = [];}).apply($0)
      }
    };
  }
})();
