{{/* The pipeline's services in pipeline order, with their trust zone. */}}
{{- define "poststelle.serviceZones" -}}
ingest: P
mask: P
classify: M
draft: M
unmask: P
{{- end -}}

{{- define "poststelle.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "poststelle.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "poststelle.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "poststelle.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: poststelle
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selector labels of one service's pods; call with (dict "root" $ "service" "mask"). */}}
{{- define "poststelle.selectorLabels" -}}
app.kubernetes.io/name: {{ include "poststelle.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .service }}
{{- end -}}

{{- define "poststelle.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "poststelle.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "poststelle.coreSecretName" -}}
{{- default (printf "%s-core" (include "poststelle.fullname" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "poststelle.mailSecretName" -}}
{{- default (printf "%s-mail" (include "poststelle.fullname" .)) .Values.mailSecret.existingSecret -}}
{{- end -}}

{{- define "poststelle.natsUsersSecretName" -}}
{{- default .Values.natsAuth.usersSecretName .Values.natsAuth.existingSecret -}}
{{- end -}}

{{/* The NATS URL(s) as the JSON list POSTSTELLE__NATS__SERVERS expects. */}}
{{- define "poststelle.natsServers" -}}
{{- if .Values.nats.enabled -}}
{{- list (printf "nats://%s-nats:4222" .Release.Name) | toJson -}}
{{- else -}}
{{- splitList "," .Values.nats.url | toJson -}}
{{- end -}}
{{- end -}}

{{/* A random secret value that survives upgrades: reuses the key of an existing Secret. */}}
{{- define "poststelle.stableRandom" -}}
{{- $existing := lookup "v1" "Secret" .namespace .secret | default dict -}}
{{- $data := get $existing "data" | default dict -}}
{{- if hasKey $data .key -}}
{{- index $data .key | b64dec -}}
{{- else -}}
{{- /* A leading letter: nats-server parses a $VAR value that starts with a digit as a number. */ -}}
{{- printf "p%s" (randAlphaNum 31) -}}
{{- end -}}
{{- end -}}

{{/*
The config file, the same for every pod. Each service reads only the secrets it uses
(SECRETS_BY_SERVICE in libs/config) and checks the other references for form alone, so each pod
is given only its own: mail credentials ingest and unmask, vault keys mask, the gRPC token mask
and unmask, LLM keys classify and draft.
*/}}
{{- define "poststelle.config" -}}
{{- tpl (toYaml .Values.config) . -}}
{{- end -}}
