// Passkey ceremonies for Continuity Academy's pages, on Spring Security's WebAuthn endpoints: the browser's own
// WebAuthn API does the cryptography; this file only moves the server's options to it and its answer back.
(() => {
  const b64 = {
    encode(buffer) {
      const text = String.fromCharCode(...new Uint8Array(buffer));
      return btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
    decode(value) {
      const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes.buffer;
    }
  };
  function csrf() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { [header.content]: token.content } : {};
  }
  async function post(url, body) {
    const response = await fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...csrf() },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) throw new Error('HTTP ' + response.status + ' from ' + url);
    return response.json();
  }
  async function register(label) {
    const options = await post('webauthn/register/options');
    const publicKey = {
      ...options,
      challenge: b64.decode(options.challenge),
      user: { ...options.user, id: b64.decode(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map(c => ({ ...c, id: b64.decode(c.id) }))
    };
    const created = await navigator.credentials.create({ publicKey });
    const result = await post('webauthn/register', {
      publicKey: {
        credential: {
          id: created.id,
          rawId: b64.encode(created.rawId),
          response: {
            attestationObject: b64.encode(created.response.attestationObject),
            clientDataJSON: b64.encode(created.response.clientDataJSON),
            transports: created.response.getTransports ? created.response.getTransports() : []
          },
          type: created.type,
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment
        },
        label
      }
    });
    if (!result || !result.success) throw new Error('The passkey was not accepted');
  }
  async function signIn() {
    const options = await post('webauthn/authenticate/options');
    const publicKey = {
      ...options,
      challenge: b64.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map(c => ({ ...c, id: b64.decode(c.id) }))
    };
    const credential = await navigator.credentials.get({ publicKey });
    const response = credential.response;
    const result = await post('login/webauthn', {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        authenticatorData: b64.encode(response.authenticatorData),
        clientDataJSON: b64.encode(response.clientDataJSON),
        signature: b64.encode(response.signature),
        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    if (!result || !result.authenticated) throw new Error('The passkey was not accepted');
    return result.redirectUrl;
  }
  window.academyPasskeys = {
    supported: () => !!window.PublicKeyCredential,
    register,
    signIn
  };
})();
