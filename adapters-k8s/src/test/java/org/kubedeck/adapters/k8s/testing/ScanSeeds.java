package org.kubedeck.adapters.k8s.testing;

/** A namespace's objects, one per check of a scan, and a clean workload the checks find nothing on. */
public final class ScanSeeds {

    public static final String SEEDS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: priv}
            spec:
              replicas: 2
              selector: {matchLabels: {app: priv}}
              template:
                metadata: {labels: {app: priv}}
                spec:
                  hostNetwork: true
                  volumes: [{name: host, hostPath: {path: /var/log}}]
                  containers:
                  - name: main
                    image: nginx:1.27
                    securityContext: {privileged: true, capabilities: {add: [NET_ADMIN]}}
                    volumeMounts: [{name: host, mountPath: /host}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: lonely}
            spec:
              replicas: 1
              selector: {matchLabels: {app: lonely}}
              template:
                metadata: {labels: {app: lonely}}
                spec: {containers: [{name: main, image: busybox}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: guarded}
            spec:
              replicas: 2
              selector: {matchLabels: {app: guarded}}
              template:
                metadata: {labels: {app: guarded}}
                spec: {containers: [{name: main, image: "nginx:1.27"}]}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: guarded}
            spec:
              minAvailable: 2
              selector: {matchLabels: {app: guarded}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: nowhere}
            spec: {selector: {app: gone}, ports: [{port: 80}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: balanced}
            spec:
              replicas: 1
              selector: {matchLabels: {app: balanced}}
              template:
                metadata: {labels: {app: balanced, load: online}}
                spec: {containers: [{name: main, image: "nginx:1.27"}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: balanced}
            spec: {selector: {app: balanced}, ports: [{port: 80}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: stuck}
            spec:
              replicas: 1
              selector: {matchLabels: {app: stuck}}
              template:
                metadata: {labels: {app: stuck}}
                spec:
                  nodeSelector: {disk: none-such}
                  containers: [{name: main, image: "nginx:1.27"}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: crashing, labels: {app: crashing}}
            spec: {containers: [{name: main, image: "nginx:1.27"}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: restarting, labels: {app: restarting}}
            spec: {containers: [{name: main, image: "nginx:1.27"}]}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: orphan}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: spare}
            data: {mode: fast}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: tidy-settings}
            data: {mode: fast}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: spare}
            stringData: {password: x}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: front}
            spec:
              rules:
              - http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: missing, port: {number: 80}}}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: tidy}
            spec:
              replicas: 2
              selector: {matchLabels: {app: tidy}}
              template:
                metadata: {labels: {app: tidy, load: online}}
                spec:
                  securityContext: {runAsNonRoot: true, runAsUser: 1000}
                  volumes: [{name: settings, configMap: {name: tidy-settings}}]
                  containers:
                  - name: main
                    image: nginx:1.27
                    resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {memory: 32Mi}}
                    livenessProbe: {tcpSocket: {port: 80}}
                    readinessProbe: {tcpSocket: {port: 80}}
                    securityContext: {readOnlyRootFilesystem: true}
                    volumeMounts: [{name: settings, mountPath: /etc/settings}]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: tidy}
            spec:
              minAvailable: 1
              selector: {matchLabels: {app: tidy}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: tidy}
            spec: {selector: {app: tidy, load: online}, ports: [{port: 80}]}
            ---
            # Last: once counted, the quota refuses ConfigMaps beyond it.
            apiVersion: v1
            kind: ResourceQuota
            metadata: {name: tight}
            spec: {hard: {configmaps: "3"}}
            """;

    private ScanSeeds() {
    }
}
