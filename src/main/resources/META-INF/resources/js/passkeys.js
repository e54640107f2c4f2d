// Passkeys (WebAuthn) for Custodian's pages: the one script the application serves, loaded only
// by the pages that need it. Every page works without it; it adds the passkey buttons, the email
// field's passkey autofill, and tells the browser (WebAuthn Signal API) which passkeys this site
// still accepts. The forms carry their CSRF token; the options are asked for with it, and the
// browser's answer goes back in the form, as JSON, through an ordinary form submission.
(function () {
  'use strict';

  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function toBytes(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || []).map(function (d) {
      return { type: d.type, id: toBytes(d.id), transports: d.transports };
    });
  }

  function creationOptions(json) {
    if (PublicKeyCredential.parseCreationOptionsFromJSON) {
      return PublicKeyCredential.parseCreationOptionsFromJSON(json);
    }
    var options = Object.assign({}, json);
    options.challenge = toBytes(json.challenge);
    options.user = Object.assign({}, json.user, { id: toBytes(json.user.id) });
    options.excludeCredentials = descriptors(json.excludeCredentials);
    return options;
  }

  function requestOptions(json) {
    if (PublicKeyCredential.parseRequestOptionsFromJSON) {
      return PublicKeyCredential.parseRequestOptionsFromJSON(json);
    }
    var options = Object.assign({}, json);
    options.challenge = toBytes(json.challenge);
    options.allowCredentials = descriptors(json.allowCredentials);
    return options;
  }

  // The credential as WebAuthn's JSON (RegistrationResponseJSON or AuthenticationResponseJSON).
  function asJson(credential) {
    if (typeof credential.toJSON === 'function') {
      try {
        return JSON.stringify(credential.toJSON());
      } catch (e) {
        // some browsers have toJSON but fail on it: build the JSON by hand below
      }
    }
    var r = credential.response;
    var response = { clientDataJSON: toText(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toText(r.attestationObject);
      response.transports = typeof r.getTransports === 'function' ? r.getTransports() : [];
    } else {
      response.authenticatorData = toText(r.authenticatorData);
      response.signature = toText(r.signature);
      if (r.userHandle) {
        response.userHandle = toText(r.userHandle);
      }
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
      response: response,
      clientExtensionResults: credential.getClientExtensionResults
        ? credential.getClientExtensionResults()
        : {}
    });
  }

  // The options, asked for with the form's CSRF token (a form post, like any other).
  function fetchOptions(form) {
    var token = form.querySelector('input[type=hidden][name^="csrf"]');
    var body = new URLSearchParams();
    if (token) {
      body.append(token.name, token.value);
    }
    return fetch(form.dataset.options, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      body: body
    }).then(function (answer) {
      return answer.json().then(function (json) {
        if (!answer.ok) {
          throw new Error(json.title || answer.statusText);
        }
        return json;
      });
    });
  }

  function say(form, text) {
    var status = form.querySelector('[data-passkey-status]');
    if (status) {
      status.textContent = text;
    }
  }

  function answerWith(form, field, credential) {
    form.querySelector('input[name="' + field + '"]').value = asJson(credential);
    form.submit();
  }

  function failed(form, error) {
    var cancelled = error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
    say(form, cancelled ? form.dataset.cancelled : error.message || form.dataset.cancelled);
  }

  // The form's button runs one ceremony: the options, the browser's prompt, then the form goes
  // with the answer in its field.
  function onSubmit(form, field, ask, before) {
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (before) {
        before();
      }
      fetchOptions(form)
        .then(ask)
        .then(function (credential) {
          answerWith(form, field, credential);
        })
        .catch(function (error) {
          failed(form, error);
        });
    });
  }

  function getWith(json) {
    return navigator.credentials.get({ publicKey: requestOptions(json) });
  }

  // Signing in: the button, and the email field's autofill where the browser offers it.
  function signIn(form) {
    var conditional = null;
    onSubmit(form, 'response', getWith, function () {
      if (conditional) {
        conditional.abort();
      }
    });
    if (!PublicKeyCredential.isConditionalMediationAvailable) {
      return;
    }
    PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
      if (!available) {
        return;
      }
      conditional = new AbortController();
      var signal = conditional.signal;
      fetchOptions(form)
        .then(function (json) {
          return navigator.credentials.get({
            mediation: 'conditional',
            publicKey: requestOptions(json),
            signal: signal
          });
        })
        .then(function (credential) {
          if (credential) {
            answerWith(form, 'response', credential);
          }
        })
        .catch(function () {
          // the user typed a password instead, or pressed the button: nothing to say
        });
    });
  }

  function stepUp(form) {
    onSubmit(form, 'passkey', getWith);
  }

  function create(form) {
    var unsupported = document.querySelector('[data-passkey-unsupported]');
    if (unsupported) {
      unsupported.hidden = true;
    }
    onSubmit(form, 'response', function (json) {
      return navigator.credentials.create({ publicKey: creationOptions(json) });
    });
  }

  // After a password sign-in, where the browser can: a passkey made at once, without another
  // prompt, for the password the browser just filled in (conditional create). Nothing is said
  // when it cannot: the offer's button is there.
  function createQuietly(form) {
    if (!PublicKeyCredential.getClientCapabilities) {
      return;
    }
    PublicKeyCredential.getClientCapabilities()
      .then(function (capabilities) {
        if (!capabilities.conditionalCreate) {
          return null;
        }
        return fetchOptions(form).then(function (json) {
          return navigator.credentials.create({
            mediation: 'conditional',
            publicKey: creationOptions(json)
          });
        });
      })
      .then(function (credential) {
        if (credential) {
          answerWith(form, 'response', credential);
        }
      })
      .catch(function () {});
  }

  // The Signal API: the passkeys this site still accepts for the account, or one it does not hold.
  function signal(element) {
    var rpId = element.dataset.rp;
    if (element.dataset.forget && PublicKeyCredential.signalUnknownCredential) {
      PublicKeyCredential.signalUnknownCredential({
        rpId: rpId,
        credentialId: element.dataset.forget
      }).catch(function () {});
    }
    if (element.dataset.user && PublicKeyCredential.signalAllAcceptedCredentials) {
      PublicKeyCredential.signalAllAcceptedCredentials({
        rpId: rpId,
        userId: element.dataset.user,
        allAcceptedCredentialIds: element.dataset.accepted
          ? element.dataset.accepted.split(',')
          : []
      }).catch(function () {});
    }
  }

  var kinds = {
    'sign-in': signIn,
    'step-up': stepUp,
    create: create,
    'create-quietly': createQuietly
  };
  document.querySelectorAll('form[data-passkey]').forEach(function (form) {
    var start = kinds[form.dataset.passkey];
    if (start) {
      start(form);
    }
  });
  document.querySelectorAll('[data-passkey-signal]').forEach(signal);
})();
