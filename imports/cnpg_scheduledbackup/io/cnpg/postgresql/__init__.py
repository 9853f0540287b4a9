from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class ScheduledBackup(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackup",
):
    '''ScheduledBackup is the Schema for the scheduledbackups API.

    :schema: ScheduledBackup
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ScheduledBackupSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "ScheduledBackup" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Specification of the desired behavior of the ScheduledBackup. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14f92aeaeb64c6fa3d73b04cc21e725eef4b2bf7cec51d66a21174471fd61d48)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ScheduledBackupProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ScheduledBackupSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ScheduledBackup".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Specification of the desired behavior of the ScheduledBackup. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
        '''
        props = ScheduledBackupProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ScheduledBackup".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ScheduledBackupProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["ScheduledBackupSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ScheduledBackup is the Schema for the scheduledbackups API.

        :param metadata: 
        :param spec: Specification of the desired behavior of the ScheduledBackup. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: ScheduledBackup
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ScheduledBackupSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca795a78e1b3a5dbb3175b6f4838d9409434f4c451b25391840c6ab652c86d12)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: ScheduledBackup#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "ScheduledBackupSpec":
        '''Specification of the desired behavior of the ScheduledBackup.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: ScheduledBackup#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ScheduledBackupSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduledBackupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster": "cluster",
        "schedule": "schedule",
        "backup_owner_reference": "backupOwnerReference",
        "immediate": "immediate",
        "method": "method",
        "online": "online",
        "online_configuration": "onlineConfiguration",
        "plugin_configuration": "pluginConfiguration",
        "suspend": "suspend",
        "target": "target",
    },
)
class ScheduledBackupSpec:
    def __init__(
        self,
        *,
        cluster: typing.Union["ScheduledBackupSpecCluster", typing.Dict[builtins.str, typing.Any]],
        schedule: builtins.str,
        backup_owner_reference: typing.Optional["ScheduledBackupSpecBackupOwnerReference"] = None,
        immediate: typing.Optional[builtins.bool] = None,
        method: typing.Optional["ScheduledBackupSpecMethod"] = None,
        online: typing.Optional[builtins.bool] = None,
        online_configuration: typing.Optional[typing.Union["ScheduledBackupSpecOnlineConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        plugin_configuration: typing.Optional[typing.Union["ScheduledBackupSpecPluginConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        suspend: typing.Optional[builtins.bool] = None,
        target: typing.Optional["ScheduledBackupSpecTarget"] = None,
    ) -> None:
        '''Specification of the desired behavior of the ScheduledBackup.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :param cluster: The cluster to backup.
        :param schedule: The schedule does not follow the same format used in Kubernetes CronJobs as it includes an additional seconds specifier, see https://pkg.go.dev/github.com/robfig/cron#hdr-CRON_Expression_Format.
        :param backup_owner_reference: Indicates which ownerReference should be put inside the created backup resources. - none: no owner reference for created backup objects (same behavior as before the field was introduced) - self: sets the Scheduled backup object as owner of the backup - cluster: set the cluster as owner of the backup.
        :param immediate: If the first backup has to be immediately start after creation or not.
        :param method: The backup method to be used, possible options are ``barmanObjectStore``, ``volumeSnapshot`` or ``plugin``. Defaults to: ``barmanObjectStore``. Default: barmanObjectStore`.
        :param online: Whether the default type of backup with volume snapshots is online/hot (``true``, default) or offline/cold (``false``) Overrides the default setting specified in the cluster field '.spec.backup.volumeSnapshot.online'.
        :param online_configuration: Configuration parameters to control the online/hot backup with volume snapshots Overrides the default settings specified in the cluster '.backup.volumeSnapshot.onlineConfiguration' stanza.
        :param plugin_configuration: Configuration parameters passed to the plugin managing this backup.
        :param suspend: If this backup is suspended or not.
        :param target: The policy to decide which instance should perform this backup. If empty, it defaults to ``cluster.spec.backup.target``. Available options are empty string, ``primary`` and ``prefer-standby``. ``primary`` to have backups run always on primary instances, ``prefer-standby`` to have backups run preferably on the most updated standby, if available.

        :schema: ScheduledBackupSpec
        '''
        if isinstance(cluster, dict):
            cluster = ScheduledBackupSpecCluster(**cluster)
        if isinstance(online_configuration, dict):
            online_configuration = ScheduledBackupSpecOnlineConfiguration(**online_configuration)
        if isinstance(plugin_configuration, dict):
            plugin_configuration = ScheduledBackupSpecPluginConfiguration(**plugin_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2db313b43f7abaaffe7ad604dff0ae52326d5f45c6da9b04b485d8b2a278195e)
            check_type(argname="argument cluster", value=cluster, expected_type=type_hints["cluster"])
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
            check_type(argname="argument backup_owner_reference", value=backup_owner_reference, expected_type=type_hints["backup_owner_reference"])
            check_type(argname="argument immediate", value=immediate, expected_type=type_hints["immediate"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument online", value=online, expected_type=type_hints["online"])
            check_type(argname="argument online_configuration", value=online_configuration, expected_type=type_hints["online_configuration"])
            check_type(argname="argument plugin_configuration", value=plugin_configuration, expected_type=type_hints["plugin_configuration"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster": cluster,
            "schedule": schedule,
        }
        if backup_owner_reference is not None:
            self._values["backup_owner_reference"] = backup_owner_reference
        if immediate is not None:
            self._values["immediate"] = immediate
        if method is not None:
            self._values["method"] = method
        if online is not None:
            self._values["online"] = online
        if online_configuration is not None:
            self._values["online_configuration"] = online_configuration
        if plugin_configuration is not None:
            self._values["plugin_configuration"] = plugin_configuration
        if suspend is not None:
            self._values["suspend"] = suspend
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def cluster(self) -> "ScheduledBackupSpecCluster":
        '''The cluster to backup.

        :schema: ScheduledBackupSpec#cluster
        '''
        result = self._values.get("cluster")
        assert result is not None, "Required property 'cluster' is missing"
        return typing.cast("ScheduledBackupSpecCluster", result)

    @builtins.property
    def schedule(self) -> builtins.str:
        '''The schedule does not follow the same format used in Kubernetes CronJobs as it includes an additional seconds specifier, see https://pkg.go.dev/github.com/robfig/cron#hdr-CRON_Expression_Format.

        :schema: ScheduledBackupSpec#schedule
        '''
        result = self._values.get("schedule")
        assert result is not None, "Required property 'schedule' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def backup_owner_reference(
        self,
    ) -> typing.Optional["ScheduledBackupSpecBackupOwnerReference"]:
        '''Indicates which ownerReference should be put inside the created backup resources. - none: no owner reference for created backup objects (same behavior as before the field was introduced) - self: sets the Scheduled backup object as owner of the backup - cluster: set the cluster as owner of the backup.

        :schema: ScheduledBackupSpec#backupOwnerReference
        '''
        result = self._values.get("backup_owner_reference")
        return typing.cast(typing.Optional["ScheduledBackupSpecBackupOwnerReference"], result)

    @builtins.property
    def immediate(self) -> typing.Optional[builtins.bool]:
        '''If the first backup has to be immediately start after creation or not.

        :schema: ScheduledBackupSpec#immediate
        '''
        result = self._values.get("immediate")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["ScheduledBackupSpecMethod"]:
        '''The backup method to be used, possible options are ``barmanObjectStore``, ``volumeSnapshot`` or ``plugin``.

        Defaults to: ``barmanObjectStore``.

        :default: barmanObjectStore`.

        :schema: ScheduledBackupSpec#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["ScheduledBackupSpecMethod"], result)

    @builtins.property
    def online(self) -> typing.Optional[builtins.bool]:
        '''Whether the default type of backup with volume snapshots is online/hot (``true``, default) or offline/cold (``false``) Overrides the default setting specified in the cluster field '.spec.backup.volumeSnapshot.online'.

        :schema: ScheduledBackupSpec#online
        '''
        result = self._values.get("online")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def online_configuration(
        self,
    ) -> typing.Optional["ScheduledBackupSpecOnlineConfiguration"]:
        '''Configuration parameters to control the online/hot backup with volume snapshots Overrides the default settings specified in the cluster '.backup.volumeSnapshot.onlineConfiguration' stanza.

        :schema: ScheduledBackupSpec#onlineConfiguration
        '''
        result = self._values.get("online_configuration")
        return typing.cast(typing.Optional["ScheduledBackupSpecOnlineConfiguration"], result)

    @builtins.property
    def plugin_configuration(
        self,
    ) -> typing.Optional["ScheduledBackupSpecPluginConfiguration"]:
        '''Configuration parameters passed to the plugin managing this backup.

        :schema: ScheduledBackupSpec#pluginConfiguration
        '''
        result = self._values.get("plugin_configuration")
        return typing.cast(typing.Optional["ScheduledBackupSpecPluginConfiguration"], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''If this backup is suspended or not.

        :schema: ScheduledBackupSpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def target(self) -> typing.Optional["ScheduledBackupSpecTarget"]:
        '''The policy to decide which instance should perform this backup.

        If empty,
        it defaults to ``cluster.spec.backup.target``.
        Available options are empty string, ``primary`` and ``prefer-standby``.
        ``primary`` to have backups run always on primary instances,
        ``prefer-standby`` to have backups run preferably on the most updated
        standby, if available.

        :schema: ScheduledBackupSpec#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["ScheduledBackupSpecTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduledBackupSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpecBackupOwnerReference"
)
class ScheduledBackupSpecBackupOwnerReference(enum.Enum):
    '''Indicates which ownerReference should be put inside the created backup resources. - none: no owner reference for created backup objects (same behavior as before the field was introduced) - self: sets the Scheduled backup object as owner of the backup - cluster: set the cluster as owner of the backup.

    :schema: ScheduledBackupSpecBackupOwnerReference
    '''

    NONE = "NONE"
    '''none.'''
    SELF = "SELF"
    '''self.'''
    CLUSTER = "CLUSTER"
    '''cluster.'''


@jsii.data_type(
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpecCluster",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class ScheduledBackupSpecCluster:
    def __init__(self, *, name: builtins.str) -> None:
        '''The cluster to backup.

        :param name: Name of the referent.

        :schema: ScheduledBackupSpecCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4019cb2edb5ee196b15480e98d722a1d35cac4cc4ea127e1f4367ded808482f5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: ScheduledBackupSpecCluster#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduledBackupSpecCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpecMethod")
class ScheduledBackupSpecMethod(enum.Enum):
    '''The backup method to be used, possible options are ``barmanObjectStore``, ``volumeSnapshot`` or ``plugin``.

    Defaults to: ``barmanObjectStore``.

    :default: barmanObjectStore`.

    :schema: ScheduledBackupSpecMethod
    '''

    BARMAN_OBJECT_STORE = "BARMAN_OBJECT_STORE"
    '''barmanObjectStore.'''
    VOLUME_SNAPSHOT = "VOLUME_SNAPSHOT"
    '''volumeSnapshot.'''
    PLUGIN = "PLUGIN"
    '''plugin.'''


@jsii.data_type(
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpecOnlineConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "immediate_checkpoint": "immediateCheckpoint",
        "wait_for_archive": "waitForArchive",
    },
)
class ScheduledBackupSpecOnlineConfiguration:
    def __init__(
        self,
        *,
        immediate_checkpoint: typing.Optional[builtins.bool] = None,
        wait_for_archive: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Configuration parameters to control the online/hot backup with volume snapshots Overrides the default settings specified in the cluster '.backup.volumeSnapshot.onlineConfiguration' stanza.

        :param immediate_checkpoint: Control whether the I/O workload for the backup initial checkpoint will be limited, according to the ``checkpoint_completion_target`` setting on the PostgreSQL server. If set to true, an immediate checkpoint will be used, meaning PostgreSQL will complete the checkpoint as soon as possible. ``false`` by default.
        :param wait_for_archive: If false, the function will return immediately after the backup is completed, without waiting for WAL to be archived. This behavior is only useful with backup software that independently monitors WAL archiving. Otherwise, WAL required to make the backup consistent might be missing and make the backup useless. By default, or when this parameter is true, pg_backup_stop will wait for WAL to be archived when archiving is enabled. On a standby, this means that it will wait only when archive_mode = always. If write activity on the primary is low, it may be useful to run pg_switch_wal on the primary in order to trigger an immediate segment switch.

        :schema: ScheduledBackupSpecOnlineConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6dc18cf633bdba9e5e1f2f21983db609e960f84513c77b6c7c58175ad86d4232)
            check_type(argname="argument immediate_checkpoint", value=immediate_checkpoint, expected_type=type_hints["immediate_checkpoint"])
            check_type(argname="argument wait_for_archive", value=wait_for_archive, expected_type=type_hints["wait_for_archive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if immediate_checkpoint is not None:
            self._values["immediate_checkpoint"] = immediate_checkpoint
        if wait_for_archive is not None:
            self._values["wait_for_archive"] = wait_for_archive

    @builtins.property
    def immediate_checkpoint(self) -> typing.Optional[builtins.bool]:
        '''Control whether the I/O workload for the backup initial checkpoint will be limited, according to the ``checkpoint_completion_target`` setting on the PostgreSQL server.

        If set to true, an immediate checkpoint will be
        used, meaning PostgreSQL will complete the checkpoint as soon as
        possible. ``false`` by default.

        :schema: ScheduledBackupSpecOnlineConfiguration#immediateCheckpoint
        '''
        result = self._values.get("immediate_checkpoint")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def wait_for_archive(self) -> typing.Optional[builtins.bool]:
        '''If false, the function will return immediately after the backup is completed, without waiting for WAL to be archived.

        This behavior is only useful with backup software that independently monitors WAL archiving.
        Otherwise, WAL required to make the backup consistent might be missing and make the backup useless.
        By default, or when this parameter is true, pg_backup_stop will wait for WAL to be archived when archiving is
        enabled.
        On a standby, this means that it will wait only when archive_mode = always.
        If write activity on the primary is low, it may be useful to run pg_switch_wal on the primary in order to trigger
        an immediate segment switch.

        :schema: ScheduledBackupSpecOnlineConfiguration#waitForArchive
        '''
        result = self._values.get("wait_for_archive")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduledBackupSpecOnlineConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpecPluginConfiguration",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "parameters": "parameters"},
)
class ScheduledBackupSpecPluginConfiguration:
    def __init__(
        self,
        *,
        name: builtins.str,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Configuration parameters passed to the plugin managing this backup.

        :param name: Name is the name of the plugin managing this backup.
        :param parameters: Parameters are the configuration parameters passed to the backup plugin for this backup.

        :schema: ScheduledBackupSpecPluginConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3fbf3214d17f8c2ecad7aeff29c330b8d56c848ca6021efb5c5e4d43c12963c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if parameters is not None:
            self._values["parameters"] = parameters

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the plugin managing this backup.

        :schema: ScheduledBackupSpecPluginConfiguration#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Parameters are the configuration parameters passed to the backup plugin for this backup.

        :schema: ScheduledBackupSpecPluginConfiguration#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduledBackupSpecPluginConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cnpg_scheduledbackup_iocnpgpostgresql.ScheduledBackupSpecTarget")
class ScheduledBackupSpecTarget(enum.Enum):
    '''The policy to decide which instance should perform this backup.

    If empty,
    it defaults to ``cluster.spec.backup.target``.
    Available options are empty string, ``primary`` and ``prefer-standby``.
    ``primary`` to have backups run always on primary instances,
    ``prefer-standby`` to have backups run preferably on the most updated
    standby, if available.

    :schema: ScheduledBackupSpecTarget
    '''

    PRIMARY = "PRIMARY"
    '''primary.'''
    PREFER_HYPHEN_STANDBY = "PREFER_HYPHEN_STANDBY"
    '''prefer-standby.'''


__all__ = [
    "ScheduledBackup",
    "ScheduledBackupProps",
    "ScheduledBackupSpec",
    "ScheduledBackupSpecBackupOwnerReference",
    "ScheduledBackupSpecCluster",
    "ScheduledBackupSpecMethod",
    "ScheduledBackupSpecOnlineConfiguration",
    "ScheduledBackupSpecPluginConfiguration",
    "ScheduledBackupSpecTarget",
]

publication.publish()

def _typecheckingstub__14f92aeaeb64c6fa3d73b04cc21e725eef4b2bf7cec51d66a21174471fd61d48(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ScheduledBackupSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca795a78e1b3a5dbb3175b6f4838d9409434f4c451b25391840c6ab652c86d12(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[ScheduledBackupSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2db313b43f7abaaffe7ad604dff0ae52326d5f45c6da9b04b485d8b2a278195e(
    *,
    cluster: typing.Union[ScheduledBackupSpecCluster, typing.Dict[builtins.str, typing.Any]],
    schedule: builtins.str,
    backup_owner_reference: typing.Optional[ScheduledBackupSpecBackupOwnerReference] = None,
    immediate: typing.Optional[builtins.bool] = None,
    method: typing.Optional[ScheduledBackupSpecMethod] = None,
    online: typing.Optional[builtins.bool] = None,
    online_configuration: typing.Optional[typing.Union[ScheduledBackupSpecOnlineConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    plugin_configuration: typing.Optional[typing.Union[ScheduledBackupSpecPluginConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    suspend: typing.Optional[builtins.bool] = None,
    target: typing.Optional[ScheduledBackupSpecTarget] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4019cb2edb5ee196b15480e98d722a1d35cac4cc4ea127e1f4367ded808482f5(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dc18cf633bdba9e5e1f2f21983db609e960f84513c77b6c7c58175ad86d4232(
    *,
    immediate_checkpoint: typing.Optional[builtins.bool] = None,
    wait_for_archive: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3fbf3214d17f8c2ecad7aeff29c330b8d56c848ca6021efb5c5e4d43c12963c(
    *,
    name: builtins.str,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
