package org.kubedeck.adapters.k8s.resource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.kubedeck.adapters.k8s.JsonFields;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.resource.port.out.ResourceTables;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.ResourceTable.Column;
import org.kubedeck.domain.resource.ResourceTable.Row;
import org.springframework.stereotype.Component;

/**
 * A kind's objects as the API server's {@code Table} (what {@code kubectl get} prints): the server chooses the
 * columns, kubectl's for built-in kinds and a custom resource's {@code additionalPrinterColumns}, and pages the
 * list ({@code limit}, {@code continue}). Each row comes with its object's metadata only.
 */
@Component
class ResourceTableKubernetesAdapter implements ResourceTables {

    private static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io, application/json";
    private static final int BAD_REQUEST = 400;
    private static final int FORBIDDEN = 403;
    private static final int GONE = 410;

    private final KubernetesCalls calls;

    ResourceTableKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public ResourceTable page(ClusterAccess cluster, ResourceKind kind, String namespace, LabelSelector selector,
            int limit, String position) {
        return calls.call(cluster, client -> {
            try (Response response = client.getHttpClient().newCall(request(client, kind, namespace, selector, limit,
                    position)).execute()) {
                String body = response.body() == null ? "" : response.body().string();
                if (response.code() == FORBIDDEN) {
                    throw new AccessDeniedException(namespace.isEmpty()
                            ? Message.of("resource.clusterForbidsList",
                                    "The cluster's credentials may not list {0}.", kind.resource())
                            : Message.of("resource.clusterForbidsListIn",
                                    "The cluster's credentials may not list {0} in namespace {1}.", kind.resource(),
                                    namespace));
                }
                if (response.code() == BAD_REQUEST && !position.isEmpty()) {
                    throw new InvalidInputException("continue", Message.of("resource.positionInvalid",
                            "That is not where a page of this list starts."));
                }
                if (response.code() == GONE) {
                    throw new InvalidInputException("continue", Message.of("resource.positionExpired",
                            "The list changed too much since its first page: start again from the first page."));
                }
                if (!response.isSuccessful()) {
                    throw new ApiException(response.code(), response.headers().toMultimap(), body);
                }
                return table(JsonParser.parseString(body).getAsJsonObject());
            } catch (IOException e) {
                throw new ApiException(e);
            }
        });
    }

    private static Request request(ApiClient client, ResourceKind kind, String namespace, LabelSelector selector,
            int limit, String position) throws ApiException {
        String path = (kind.group().isEmpty() ? "/api/" : "/apis/" + kind.group() + "/") + kind.version()
                + (namespace.isEmpty() ? "" : "/namespaces/" + client.escapeString(namespace)) + "/" + kind.plural();
        List<Pair> query = new ArrayList<>();
        query.add(new Pair("limit", Integer.toString(limit)));
        if (!selector.toQuery().isEmpty()) {
            query.add(new Pair("labelSelector", selector.toQuery()));
        }
        if (!position.isEmpty()) {
            query.add(new Pair("continue", position));
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", TABLE);
        return client.buildRequest(client.getBasePath(), path, "GET", query, new ArrayList<>(), null, headers,
                new HashMap<>(), new HashMap<>(), new String[] {"BearerToken"}, null);
    }

    static ResourceTable table(JsonObject table) {
        List<Column> columns = new ArrayList<>();
        for (JsonElement definition : array(table, "columnDefinitions")) {
            JsonObject column = definition.getAsJsonObject();
            columns.add(new Column(text(column.get("name")), text(column.get("type")),
                    text(column.get("description")), column.has("priority") ? column.get("priority").getAsInt() : 0));
        }
        List<Row> rows = new ArrayList<>();
        for (JsonElement element : array(table, "rows")) {
            JsonObject row = element.getAsJsonObject();
            JsonObject metadata = row.has("object") && row.getAsJsonObject("object").has("metadata")
                    ? row.getAsJsonObject("object").getAsJsonObject("metadata") : new JsonObject();
            List<String> cells = new ArrayList<>();
            for (JsonElement cell : array(row, "cells")) {
                cells.add(text(cell));
            }
            rows.add(new Row(text(metadata.get("name")), text(metadata.get("namespace")),
                    JsonFields.instant(metadata.get("creationTimestamp")), JsonFields.texts(metadata, "labels"),
                    cells));
        }
        JsonObject listMetadata = table.has("metadata") ? table.getAsJsonObject("metadata") : new JsonObject();
        Long remaining = listMetadata.has("remainingItemCount")
                ? listMetadata.get("remainingItemCount").getAsLong() : null;
        return new ResourceTable(columns, rows, text(listMetadata.get("continue")), remaining);
    }

    private static JsonArray array(JsonObject object, String member) {
        return object.has(member) && object.get(member).isJsonArray() ? object.getAsJsonArray(member)
                : new JsonArray();
    }

    /** A cell as text: a string as it is, a number or boolean as written, an absent or null one empty. */
    private static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "";
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }
}
