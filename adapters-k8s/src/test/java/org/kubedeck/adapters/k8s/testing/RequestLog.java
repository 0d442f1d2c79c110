package org.kubedeck.adapters.k8s.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What the clients of the code under test send to a real API server, which cannot say which client asked what:
 * an observer for {@code new KubernetesClients(List.of(log))}. It can also change chosen requests on their way,
 * e.g. ask for a watch from a resource version the server has long forgotten.
 */
public final class RequestLog implements Interceptor {

    /** One request as sent: method and the path with its query, e.g. {@code GET /api/v1/pods?watch=true}. */
    public record Sent(String method, String target) {

        public boolean isWatch() {
            return target.contains("watch=true");
        }

        public boolean isList() {
            return "GET".equals(method) && !isWatch() && target.matches(".*/(pods|services|nodes|deployments"
                    + "|statefulsets|daemonsets|namespaces)(\\?.*)?");
        }

        public String query(String name) {
            HttpUrl url = HttpUrl.get("http://any" + target);
            return url.queryParameter(name);
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile Predicate<Request> chosen = request -> false;
    private volatile UnaryOperator<HttpUrl> change = UnaryOperator.identity();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (chosen.test(request)) {
            request = request.newBuilder().url(change.apply(request.url())).build();
        }
        HttpUrl url = request.url();
        sent.add(new Sent(request.method(), url.encodedPath() + (url.encodedQuery() == null ? ""
                : "?" + url.encodedQuery())));
        return chain.proceed(request);
    }

    /** From now on, the URLs of requests that match {@code which} are changed by {@code how} before they go. */
    public void rewrite(Predicate<Request> which, UnaryOperator<HttpUrl> how) {
        change = how;
        chosen = which;
    }

    public void stopRewriting() {
        chosen = request -> false;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public void forget() {
        sent.clear();
    }

    public long lists() {
        return sent.stream().filter(Sent::isList).count();
    }

    public long watches() {
        return sent.stream().filter(Sent::isWatch).count();
    }

    /** Requests other than watches: lists, gets, writes. */
    public long besideWatches() {
        return sent.stream().filter(request -> !request.isWatch()).count();
    }

    public static boolean isWatch(Request request) {
        return "true".equals(request.url().queryParameter("watch"));
    }
}
