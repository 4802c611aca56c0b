/**
 * "A newer version is ready → Reload now": the offer appears however early the browser found the
 * new worker, and the switch message goes to the waiting worker (not the active one, which would
 * ignore it and leave the reader on a button that does nothing).
 */
import { activateWaitingWorker, watchForWaitingWorker } from '../../src/pwa/updateFlow';

class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: ServiceWorker | null = null;
  waiting: ServiceWorker | null = null;
  active: ServiceWorker | null = null;
}

const asWorker = (w: FakeWorker) => w as unknown as ServiceWorker;

function setUp() {
  const registration = new FakeRegistration();
  const old = new FakeWorker('activated');
  registration.active = asWorker(old);
  const offers: ServiceWorker[] = [];
  return { registration, old, offers, offer: (w: ServiceWorker) => offers.push(w) };
}

/** The browser finishes installing `worker`: it moves from installing to waiting. */
function installed(registration: FakeRegistration, worker: FakeWorker) {
  registration.installing = null;
  registration.waiting = asWorker(worker);
  worker.become('installed');
}

describe('watchForWaitingWorker', () => {
  it('offers a worker that was already waiting', () => {
    const { registration, offers, offer } = setUp();
    const fresh = new FakeWorker('installed');
    registration.waiting = asWorker(fresh);
    watchForWaitingWorker(registration, offer);
    expect(offers).toEqual([fresh]);
  });

  it('offers a worker that was still installing when the page started watching (its updatefound already passed)', () => {
    const { registration, offers, offer } = setUp();
    const fresh = new FakeWorker('installing');
    registration.installing = asWorker(fresh);
    watchForWaitingWorker(registration, offer);
    expect(offers).toEqual([]);
    installed(registration, fresh);
    expect(offers).toEqual([fresh]);
  });

  it('offers a worker found later, once, however many state changes follow', () => {
    const { registration, offers, offer } = setUp();
    watchForWaitingWorker(registration, offer);
    const fresh = new FakeWorker('installing');
    registration.installing = asWorker(fresh);
    registration.dispatchEvent(new Event('updatefound'));
    installed(registration, fresh);
    fresh.dispatchEvent(new Event('statechange'));
    expect(offers).toEqual([fresh]);
  });

  it('offers nothing on a first install (no older version is in use)', () => {
    const registration = new FakeRegistration();
    const offers: ServiceWorker[] = [];
    const first = new FakeWorker('installing');
    registration.installing = asWorker(first);
    watchForWaitingWorker(registration, (w) => offers.push(w));
    registration.installing = null;
    registration.active = asWorker(first);
    first.become('activated');
    expect(offers).toEqual([]);
  });
});

describe('activateWaitingWorker', () => {
  it('tells the waiting worker (not the active one) to take over, and reloads once when it has', () => {
    const { registration, old } = setUp();
    const fresh = new FakeWorker('installed');
    registration.waiting = asWorker(fresh);
    const container = Object.assign(new EventTarget(), { controller: asWorker(old) });
    const reload = jest.fn();
    activateWaitingWorker(registration, container, reload);
    expect(fresh.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(old.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
    container.controller = asWorker(fresh);
    container.dispatchEvent(new Event('controllerchange'));
    fresh.become('activated');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads a page no worker controlled once the new worker is active', () => {
    const { registration } = setUp();
    const fresh = new FakeWorker('installed');
    registration.waiting = asWorker(fresh);
    const container = Object.assign(new EventTarget(), { controller: null });
    const reload = jest.fn();
    activateWaitingWorker(registration, container, reload);
    fresh.become('activating');
    expect(reload).not.toHaveBeenCalled();
    fresh.become('activated');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when no worker is waiting any more (another tab switched already)', () => {
    const { registration } = setUp();
    const reload = jest.fn();
    activateWaitingWorker(registration, Object.assign(new EventTarget(), { controller: null }), reload);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
