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


class Bucket(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seaweed_bucket_comseaweedfsseaweed.Bucket",
):
    '''
    :schema: Bucket
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BucketSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Bucket" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d975fe005ef493d29b99ed657cfcb228aeae9642588e4ca12b9a4a153b831991)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BucketProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BucketSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Bucket".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = BucketProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Bucket".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class BucketProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BucketSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Bucket
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = BucketSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d70b91451b65b6754c8fd207d97582d9c460dff73c58fc10e7804698ff87201c)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Bucket#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["BucketSpec"]:
        '''
        :schema: Bucket#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["BucketSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BucketProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_ref": "clusterRef",
        "access": "access",
        "adopt_existing": "adoptExisting",
        "anonymous_read": "anonymousRead",
        "name": "name",
        "object_lock": "objectLock",
        "owner": "owner",
        "placement": "placement",
        "quota": "quota",
        "reclaim_policy": "reclaimPolicy",
        "versioning": "versioning",
    },
)
class BucketSpec:
    def __init__(
        self,
        *,
        cluster_ref: typing.Union["BucketSpecClusterRef", typing.Dict[builtins.str, typing.Any]],
        access: typing.Optional[typing.Sequence[typing.Union["BucketSpecAccess", typing.Dict[builtins.str, typing.Any]]]] = None,
        adopt_existing: typing.Optional[builtins.bool] = None,
        anonymous_read: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        object_lock: typing.Optional[builtins.bool] = None,
        owner: typing.Optional[builtins.str] = None,
        placement: typing.Optional[typing.Union["BucketSpecPlacement", typing.Dict[builtins.str, typing.Any]]] = None,
        quota: typing.Optional[typing.Union["BucketSpecQuota", typing.Dict[builtins.str, typing.Any]]] = None,
        reclaim_policy: typing.Optional["BucketSpecReclaimPolicy"] = None,
        versioning: typing.Optional["BucketSpecVersioning"] = None,
    ) -> None:
        '''
        :param cluster_ref: 
        :param access: 
        :param adopt_existing: 
        :param anonymous_read: 
        :param name: 
        :param object_lock: 
        :param owner: 
        :param placement: 
        :param quota: 
        :param reclaim_policy: 
        :param versioning: 

        :schema: BucketSpec
        '''
        if isinstance(cluster_ref, dict):
            cluster_ref = BucketSpecClusterRef(**cluster_ref)
        if isinstance(placement, dict):
            placement = BucketSpecPlacement(**placement)
        if isinstance(quota, dict):
            quota = BucketSpecQuota(**quota)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__191d511789c60a24f22280d56feb9faf601f257cec546b042731649362b58078)
            check_type(argname="argument cluster_ref", value=cluster_ref, expected_type=type_hints["cluster_ref"])
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument adopt_existing", value=adopt_existing, expected_type=type_hints["adopt_existing"])
            check_type(argname="argument anonymous_read", value=anonymous_read, expected_type=type_hints["anonymous_read"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument object_lock", value=object_lock, expected_type=type_hints["object_lock"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument placement", value=placement, expected_type=type_hints["placement"])
            check_type(argname="argument quota", value=quota, expected_type=type_hints["quota"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
            check_type(argname="argument versioning", value=versioning, expected_type=type_hints["versioning"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_ref": cluster_ref,
        }
        if access is not None:
            self._values["access"] = access
        if adopt_existing is not None:
            self._values["adopt_existing"] = adopt_existing
        if anonymous_read is not None:
            self._values["anonymous_read"] = anonymous_read
        if name is not None:
            self._values["name"] = name
        if object_lock is not None:
            self._values["object_lock"] = object_lock
        if owner is not None:
            self._values["owner"] = owner
        if placement is not None:
            self._values["placement"] = placement
        if quota is not None:
            self._values["quota"] = quota
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy
        if versioning is not None:
            self._values["versioning"] = versioning

    @builtins.property
    def cluster_ref(self) -> "BucketSpecClusterRef":
        '''
        :schema: BucketSpec#clusterRef
        '''
        result = self._values.get("cluster_ref")
        assert result is not None, "Required property 'cluster_ref' is missing"
        return typing.cast("BucketSpecClusterRef", result)

    @builtins.property
    def access(self) -> typing.Optional[typing.List["BucketSpecAccess"]]:
        '''
        :schema: BucketSpec#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Optional[typing.List["BucketSpecAccess"]], result)

    @builtins.property
    def adopt_existing(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpec#adoptExisting
        '''
        result = self._values.get("adopt_existing")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def anonymous_read(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpec#anonymousRead
        '''
        result = self._values.get("anonymous_read")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def object_lock(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpec#objectLock
        '''
        result = self._values.get("object_lock")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpec#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def placement(self) -> typing.Optional["BucketSpecPlacement"]:
        '''
        :schema: BucketSpec#placement
        '''
        result = self._values.get("placement")
        return typing.cast(typing.Optional["BucketSpecPlacement"], result)

    @builtins.property
    def quota(self) -> typing.Optional["BucketSpecQuota"]:
        '''
        :schema: BucketSpec#quota
        '''
        result = self._values.get("quota")
        return typing.cast(typing.Optional["BucketSpecQuota"], result)

    @builtins.property
    def reclaim_policy(self) -> typing.Optional["BucketSpecReclaimPolicy"]:
        '''
        :schema: BucketSpec#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["BucketSpecReclaimPolicy"], result)

    @builtins.property
    def versioning(self) -> typing.Optional["BucketSpecVersioning"]:
        '''
        :schema: BucketSpec#versioning
        '''
        result = self._values.get("versioning")
        return typing.cast(typing.Optional["BucketSpecVersioning"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BucketSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecAccess",
    jsii_struct_bases=[],
    name_mapping={"actions": "actions", "user": "user"},
)
class BucketSpecAccess:
    def __init__(
        self,
        *,
        actions: typing.Sequence["BucketSpecAccessActions"],
        user: builtins.str,
    ) -> None:
        '''
        :param actions: 
        :param user: 

        :schema: BucketSpecAccess
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1292075bbc86241dd9aa426e86d604232d98b872ad5fddbbd6d13e2d7a79770a)
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "actions": actions,
            "user": user,
        }

    @builtins.property
    def actions(self) -> typing.List["BucketSpecAccessActions"]:
        '''
        :schema: BucketSpecAccess#actions
        '''
        result = self._values.get("actions")
        assert result is not None, "Required property 'actions' is missing"
        return typing.cast(typing.List["BucketSpecAccessActions"], result)

    @builtins.property
    def user(self) -> builtins.str:
        '''
        :schema: BucketSpecAccess#user
        '''
        result = self._values.get("user")
        assert result is not None, "Required property 'user' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BucketSpecAccess(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecAccessActions")
class BucketSpecAccessActions(enum.Enum):
    '''
    :schema: BucketSpecAccessActions
    '''

    READ = "READ"
    '''Read.'''
    WRITE = "WRITE"
    '''Write.'''
    LIST = "LIST"
    '''List.'''
    TAGGING = "TAGGING"
    '''Tagging.'''
    ADMIN = "ADMIN"
    '''Admin.'''


@jsii.data_type(
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecClusterRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class BucketSpecClusterRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: BucketSpecClusterRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4c7c487f3a3d4f35eddea6d4c72c74dfc7625a5da4b743cbe85617053019e0b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: BucketSpecClusterRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecClusterRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BucketSpecClusterRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecPlacement",
    jsii_struct_bases=[],
    name_mapping={
        "data_center": "dataCenter",
        "data_node": "dataNode",
        "disk_type": "diskType",
        "fsync": "fsync",
        "rack": "rack",
        "read_only": "readOnly",
        "replication": "replication",
        "ttl": "ttl",
        "volume_growth_count": "volumeGrowthCount",
        "worm": "worm",
    },
)
class BucketSpecPlacement:
    def __init__(
        self,
        *,
        data_center: typing.Optional[builtins.str] = None,
        data_node: typing.Optional[builtins.str] = None,
        disk_type: typing.Optional[builtins.str] = None,
        fsync: typing.Optional[builtins.bool] = None,
        rack: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        replication: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
        volume_growth_count: typing.Optional[jsii.Number] = None,
        worm: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param data_center: 
        :param data_node: 
        :param disk_type: 
        :param fsync: 
        :param rack: 
        :param read_only: 
        :param replication: 
        :param ttl: 
        :param volume_growth_count: 
        :param worm: 

        :schema: BucketSpecPlacement
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12db5c0d761420e18fd8dbe2ac8c1672f33654856bc0be19e80b1ddf5b0514bc)
            check_type(argname="argument data_center", value=data_center, expected_type=type_hints["data_center"])
            check_type(argname="argument data_node", value=data_node, expected_type=type_hints["data_node"])
            check_type(argname="argument disk_type", value=disk_type, expected_type=type_hints["disk_type"])
            check_type(argname="argument fsync", value=fsync, expected_type=type_hints["fsync"])
            check_type(argname="argument rack", value=rack, expected_type=type_hints["rack"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument replication", value=replication, expected_type=type_hints["replication"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
            check_type(argname="argument volume_growth_count", value=volume_growth_count, expected_type=type_hints["volume_growth_count"])
            check_type(argname="argument worm", value=worm, expected_type=type_hints["worm"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data_center is not None:
            self._values["data_center"] = data_center
        if data_node is not None:
            self._values["data_node"] = data_node
        if disk_type is not None:
            self._values["disk_type"] = disk_type
        if fsync is not None:
            self._values["fsync"] = fsync
        if rack is not None:
            self._values["rack"] = rack
        if read_only is not None:
            self._values["read_only"] = read_only
        if replication is not None:
            self._values["replication"] = replication
        if ttl is not None:
            self._values["ttl"] = ttl
        if volume_growth_count is not None:
            self._values["volume_growth_count"] = volume_growth_count
        if worm is not None:
            self._values["worm"] = worm

    @builtins.property
    def data_center(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecPlacement#dataCenter
        '''
        result = self._values.get("data_center")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_node(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecPlacement#dataNode
        '''
        result = self._values.get("data_node")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disk_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecPlacement#diskType
        '''
        result = self._values.get("disk_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fsync(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpecPlacement#fsync
        '''
        result = self._values.get("fsync")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def rack(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecPlacement#rack
        '''
        result = self._values.get("rack")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpecPlacement#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def replication(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecPlacement#replication
        '''
        result = self._values.get("replication")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BucketSpecPlacement#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_growth_count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BucketSpecPlacement#volumeGrowthCount
        '''
        result = self._values.get("volume_growth_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def worm(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpecPlacement#worm
        '''
        result = self._values.get("worm")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BucketSpecPlacement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecQuota",
    jsii_struct_bases=[],
    name_mapping={"size": "size", "enforce": "enforce"},
)
class BucketSpecQuota:
    def __init__(
        self,
        *,
        size: "BucketSpecQuotaSize",
        enforce: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param size: 
        :param enforce: 

        :schema: BucketSpecQuota
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11c2f47849c21349296f0bcf9894432e1485e57170a7a5c1aaf6abd218ae814b)
            check_type(argname="argument size", value=size, expected_type=type_hints["size"])
            check_type(argname="argument enforce", value=enforce, expected_type=type_hints["enforce"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "size": size,
        }
        if enforce is not None:
            self._values["enforce"] = enforce

    @builtins.property
    def size(self) -> "BucketSpecQuotaSize":
        '''
        :schema: BucketSpecQuota#size
        '''
        result = self._values.get("size")
        assert result is not None, "Required property 'size' is missing"
        return typing.cast("BucketSpecQuotaSize", result)

    @builtins.property
    def enforce(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BucketSpecQuota#enforce
        '''
        result = self._values.get("enforce")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BucketSpecQuota(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BucketSpecQuotaSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecQuotaSize",
):
    '''
    :schema: BucketSpecQuotaSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "BucketSpecQuotaSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__931d72230395c92e5f815b4e23831ccca90704f1a7f8a97db81d4e10db889618)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BucketSpecQuotaSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "BucketSpecQuotaSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ff091cd17cb476a05ce07da7b6744e5d7cc43fe6e37b9c93b2e3cf129181fa5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BucketSpecQuotaSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecReclaimPolicy")
class BucketSpecReclaimPolicy(enum.Enum):
    '''
    :schema: BucketSpecReclaimPolicy
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(jsii_type="seaweed_bucket_comseaweedfsseaweed.BucketSpecVersioning")
class BucketSpecVersioning(enum.Enum):
    '''
    :schema: BucketSpecVersioning
    '''

    OFF = "OFF"
    '''Off.'''
    ENABLED = "ENABLED"
    '''Enabled.'''
    SUSPENDED = "SUSPENDED"
    '''Suspended.'''


__all__ = [
    "Bucket",
    "BucketProps",
    "BucketSpec",
    "BucketSpecAccess",
    "BucketSpecAccessActions",
    "BucketSpecClusterRef",
    "BucketSpecPlacement",
    "BucketSpecQuota",
    "BucketSpecQuotaSize",
    "BucketSpecReclaimPolicy",
    "BucketSpecVersioning",
]

publication.publish()

def _typecheckingstub__d975fe005ef493d29b99ed657cfcb228aeae9642588e4ca12b9a4a153b831991(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BucketSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d70b91451b65b6754c8fd207d97582d9c460dff73c58fc10e7804698ff87201c(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BucketSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__191d511789c60a24f22280d56feb9faf601f257cec546b042731649362b58078(
    *,
    cluster_ref: typing.Union[BucketSpecClusterRef, typing.Dict[builtins.str, typing.Any]],
    access: typing.Optional[typing.Sequence[typing.Union[BucketSpecAccess, typing.Dict[builtins.str, typing.Any]]]] = None,
    adopt_existing: typing.Optional[builtins.bool] = None,
    anonymous_read: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    object_lock: typing.Optional[builtins.bool] = None,
    owner: typing.Optional[builtins.str] = None,
    placement: typing.Optional[typing.Union[BucketSpecPlacement, typing.Dict[builtins.str, typing.Any]]] = None,
    quota: typing.Optional[typing.Union[BucketSpecQuota, typing.Dict[builtins.str, typing.Any]]] = None,
    reclaim_policy: typing.Optional[BucketSpecReclaimPolicy] = None,
    versioning: typing.Optional[BucketSpecVersioning] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1292075bbc86241dd9aa426e86d604232d98b872ad5fddbbd6d13e2d7a79770a(
    *,
    actions: typing.Sequence[BucketSpecAccessActions],
    user: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4c7c487f3a3d4f35eddea6d4c72c74dfc7625a5da4b743cbe85617053019e0b(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12db5c0d761420e18fd8dbe2ac8c1672f33654856bc0be19e80b1ddf5b0514bc(
    *,
    data_center: typing.Optional[builtins.str] = None,
    data_node: typing.Optional[builtins.str] = None,
    disk_type: typing.Optional[builtins.str] = None,
    fsync: typing.Optional[builtins.bool] = None,
    rack: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    replication: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
    volume_growth_count: typing.Optional[jsii.Number] = None,
    worm: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11c2f47849c21349296f0bcf9894432e1485e57170a7a5c1aaf6abd218ae814b(
    *,
    size: BucketSpecQuotaSize,
    enforce: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__931d72230395c92e5f815b4e23831ccca90704f1a7f8a97db81d4e10db889618(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ff091cd17cb476a05ce07da7b6744e5d7cc43fe6e37b9c93b2e3cf129181fa5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
