package org.kubedeck.adapters.k8s.testing;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Lets another client change an object right after the code under test has read it, before it writes the object
 * back: once, for the first GET of the path. An observer for {@code new KubernetesClients(List.of(...))}, to make
 * the real API server answer a write at a stale resource version with 409.
 */
public final class ChangeAfterRead implements Interceptor {

    private volatile String path;
    private volatile Runnable change;

    /** The next GET of {@code path} (e.g. {@code /api/v1/nodes/node-a}) is followed by {@code change}. */
    public void afterReading(String path, Runnable change) {
        this.path = path;
        this.change = change;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        Runnable pending = change;
        if (pending != null && "GET".equals(request.method()) && request.url().encodedPath().equals(path)) {
            change = null;
            pending.run();
        }
        return response;
    }
}
