package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.user.Permissions;

/**
 * The main pages in 中文 carry no English sentence: every text a user reads comes from the Chinese bundle. What is
 * the cluster's or the user's own (names, YAML, code, messages the API server wrote, marked data-verbatim) is
 * left out of the check.
 */
@WebTest
class ChinesePagesWebTest extends YamlClusterWebTest {

    /** Words that make a run of English words a sentence rather than a name or a Kubernetes term. */
    private static final Set<String> SENTENCE_WORDS = Set.of("the", "a", "an", "of", "to", "is", "are", "in", "on",
            "for", "with", "and", "or", "no", "not", "be", "this", "that", "by", "from", "at", "as", "it", "its",
            "your", "you", "may", "can", "will", "has", "have", "was", "any", "all", "every", "none", "there");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][a-z']*(?:[ ,]+[A-Za-z][a-z']*){2,}");
    private static final Pattern LEFT_OUT = Pattern.compile(
            "(?s)<script.*?</script>|<style.*?</style>|<textarea.*?</textarea>|<pre.*?</pre>|<code.*?</code>"
                    + "|<(\\w+)[^>]*data-verbatim[^>]*>.*?</\\1>");

    @Test
    void theMainPagesReadInChineseThroughout() {
        WebSession admin = f.signedIn(f.user("zh", Permissions.ADMINISTRATOR));
        String pod = cluster.objects().pods().inNamespace(ns).list().getItems().get(0).getMetadata().getName();
        List<String> pages = List.of("/", "/clusters", "/clusters/new", "/k8s/" + c, "/k8s/" + c + "/-",
                "/k8s/" + c + "/" + ns, "/k8s/" + c + "/" + ns + "/deployment/web",
                "/k8s/" + c + "/" + ns + "/pods/" + pod, "/k8s/" + c + "/" + ns + "/deployment/web/scheduling",
                "/versions/" + c + "/" + ns, "/versions/" + c + "/" + ns + "/deployment/web",
                "/versions/" + c + "/" + ns + "/backups", "/quotas/" + c + "/" + ns, "/quotas/pressure",
                "/labels/" + c, "/nodes/" + c, "/resources/" + c, "/resources/" + c + "/configmaps?namespace=" + ns,
                "/resources/" + c + "/configmaps/settings?namespace=" + ns, "/resources/" + c + "/configmaps/new",
                "/nodes/" + c + "/placement", "/nodes/" + c + "/node-a/drain", "/nodes/" + c + "/affinity",
                "/rollouts/" + c + "/" + ns + "/deployment/web", "/api-docs", "/data/" + c + "/" + ns + "/secret/tokens", "/events/" + c + "?namespace=" + ns, "/scans/" + c,
                "/resources/" + c + "/services/web?namespace=" + ns, "/audit",
                "/users", "/users/new", "/admin/sso",
                "/tokens", "/desktops", "/account/password", "/no/such/page", "/clusters/" + c + "/containers",
                "/clusters/" + c + "/snapshots", "/clusters/" + c + "/terminals",
                "/k8s/" + c + "/" + ns + "/pods/" + pod + "/terminal?container=web",
                "/k8s/" + c + "/" + ns + "/pods/" + pod + "/files?container=web&path=/etc");

        assertThat(sentences(admin, "/clusters/new", "en")).as("the check finds English where there is some")
                .isNotEmpty();
        List<String> english = new ArrayList<>();
        for (String page : pages) {
            english.addAll(sentences(admin, page, "zh-CN"));
        }
        // A kick that needs confirming: its warnings are the console's words too.
        String warning = admin.postForm("/k8s/" + c + "/" + ns + "/load?lang=zh-CN", Map.of("pods", pod, "action",
                "kick", "type", "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200).body();
        assertThat(warning).contains("kick-warnings");
        english.addAll(sentencesIn("kick warning", warning));
        assertThat(english).as("English sentences on pages in 中文").isEmpty();
    }

    /** The runs of English words on the page in the language that read as a sentence, each after its page. */
    private static List<String> sentences(WebSession session, String page, String language) {
        return sentencesIn(page, session.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language, "Accept",
                "text/html").body());
    }

    private static List<String> sentencesIn(String page, String html) {
        String text = LEFT_OUT.matcher(html).replaceAll(" ").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replaceAll("&[#\\w]+;", "'");
        List<String> found = new ArrayList<>();
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            String run = words.group();
            if (Arrays.stream(run.toLowerCase().split("[ ,]+")).anyMatch(SENTENCE_WORDS::contains)) {
                found.add(page + ": " + run);
            }
        }
        return found;
    }
}
