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
      var literal = LITERAL.exec(expression);
      if (literal) {
        var value = JSON.parse(literal[1]);
        return function () { return value; };
      }
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
    };
  }
})();
