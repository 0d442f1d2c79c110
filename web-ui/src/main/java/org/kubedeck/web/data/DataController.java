package org.kubedeck.web.data;

import java.util.Map;
import org.kubedeck.application.data.port.in.DataKeysQuery;
import org.kubedeck.application.data.port.in.EditDataUseCase;
import org.kubedeck.application.data.port.in.EditDataUseCase.RemoveKeyCommand;
import org.kubedeck.application.data.port.in.EditDataUseCase.SetKeyCommand;
import org.kubedeck.application.data.port.in.RevealSecretUseCase;
import org.kubedeck.application.data.port.in.RevealSecretUseCase.RevealCommand;
import org.kubedeck.domain.data.DataKey;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The keys page of a ConfigMap or a Secret: each key with its value (a Secret's masked, revealed on a writer's
 * request), set and removed one at a time.
 */
@Controller
class DataController {

    private static final String PATH = "/data/{cluster}/{namespace}/{kind}/{name}";

    private final DataKeysQuery keys;
    private final EditDataUseCase editing;
    private final RevealSecretUseCase reveals;

    DataController(DataKeysQuery keys, EditDataUseCase editing, RevealSecretUseCase reveals) {
        this.keys = keys;
        this.editing = editing;
        this.reveals = reveals;
    }

    @GetMapping(PATH)
    String page(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, Model model) {
        return show(actor, ref(page, namespace, kind, name), model);
    }

    /** The page again with the one value in clear: answered, not redirected, so the value is kept nowhere. */
    @PostMapping(PATH + "/keys/{key}/reveal")
    String reveal(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String name,
            @PathVariable String key, Model model) {
        ResourceRef secret = ref(page, namespace, ResourceKind.SECRET.code(), name);
        model.addAttribute("revealed", Map.of(key, reveals.reveal(actor, new RevealCommand(secret,
                new DataKey(key)))));
        return show(actor, secret, model);
    }

    @PostMapping(PATH + "/keys")
    String set(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String value, RedirectAttributes redirect) {
        ResourceRef holder = ref(page, namespace, kind, name);
        return Flash.redirectAfter(redirect, "data.saved", path(holder), "key-form", Map.of("key", key),
                () -> editing.set(actor, new SetKeyCommand(holder, new DataKey(key), value)));
    }

    @PostMapping(PATH + "/keys/{key}/remove")
    String remove(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, @PathVariable String key, RedirectAttributes redirect) {
        ResourceRef holder = ref(page, namespace, kind, name);
        return Flash.redirectAfter(redirect, "data.removed", path(holder),
                () -> editing.remove(actor, new RemoveKeyCommand(holder, new DataKey(key))));
    }

    private String show(Actor actor, ResourceRef holder, Model model) {
        model.addAttribute("holder", holder);
        model.addAttribute("kind", holder.kind());
        model.addAttribute("keys", keys.keys(actor, holder));
        model.addAttribute("maxValue", SetKeyCommand.MAX_VALUE);
        return "data/keys";
    }

    private static ResourceRef ref(ClusterPage page, String namespace, String kind, String name) {
        return ClusterParameter.object(page.name().value(), namespace, kind, name);
    }

    private static String path(ResourceRef holder) {
        return "/data/" + holder.cluster().value() + "/" + holder.namespace() + "/" + holder.kind().code() + "/"
                + holder.name();
    }
}
