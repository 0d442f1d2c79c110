package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/** What a user sees where no page answers: the console's own page, with its navigation and where to go next. */
@WebTest
class ErrorPagesWebTest {

    /** What a browser asks for when it opens an address. */
    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Autowired
    Fixtures f;

    @Test
    void anUnknownAddressIsTheConsolesPageWithItsNavigationAndWhereToGoNext() {
        WebSession user = f.signedIn(f.user("lost", Permissions.NONE));

        String page = user.get("/no/such/page", "Accept", BROWSER).assertStatus(404).body();

        assertThat(page).contains("class=\"topbar\"", "There is no page at this address.", "href=\"/clusters\"",
                "All clusters").doesNotContain("Whitelabel", "status=404");
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsExplainedNotDumped() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));

        String page = admin.get("/clusters/prod/delete", "Accept", BROWSER).assertStatus(405).body();

        assertThat(page).contains("class=\"topbar\"", "This address cannot be opened this way")
                .doesNotContain("Method Not Allowed, status=405");
    }

    @Test
    void aClustersFormAddressOpenedInTheBrowserLeadsToTheClustersPages() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));

        assertThat(admin.get("/clusters/prod").assertStatus(302).location()).endsWith("/k8s/prod");
    }

    @Test
    void aMissingObjectsPageOffersItsNamespaceAndCluster() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));

        String page = admin.get("/k8s/ghost/shop/pods/web-0").assertStatus(404).body();

        assertThat(page).contains("class=\"topbar\"", "href=\"/k8s/ghost/shop\"", "Namespace shop",
                "href=\"/k8s/ghost\"", "Cluster ghost", "All clusters");
    }

    @Test
    void jsonClientsStillGetJsonForAnUnknownAddress() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));

        WebSession.Response answer = admin.get("/api/no/such/thing", "Accept", "application/json")
                .assertStatus(404);

        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
    }
}
