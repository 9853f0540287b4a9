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


class S3Credentials(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3Credentials",
):
    '''
    :schema: S3Credentials
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3CredentialsSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "S3Credentials" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0680319441d92c2b0d847f2e90819c772548a35750fd02f7a67e64342e3d9cd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = S3CredentialsProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3CredentialsSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "S3Credentials".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = S3CredentialsProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "S3Credentials".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3CredentialsProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class S3CredentialsProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3CredentialsSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: S3Credentials
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = S3CredentialsSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d724c8f12ba7c76d66cccd7d305197d4a8b40b1a5881771d24bdb99c8bd1934)
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
        :schema: S3Credentials#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["S3CredentialsSpec"]:
        '''
        :schema: S3Credentials#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["S3CredentialsSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3CredentialsProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3CredentialsSpec",
    jsii_struct_bases=[],
    name_mapping={
        "identity_ref": "identityRef",
        "seaweed_ref": "seaweedRef",
        "reclaim_policy": "reclaimPolicy",
        "secret_ref": "secretRef",
    },
)
class S3CredentialsSpec:
    def __init__(
        self,
        *,
        identity_ref: typing.Union["S3CredentialsSpecIdentityRef", typing.Dict[builtins.str, typing.Any]],
        seaweed_ref: typing.Union["S3CredentialsSpecSeaweedRef", typing.Dict[builtins.str, typing.Any]],
        reclaim_policy: typing.Optional["S3CredentialsSpecReclaimPolicy"] = None,
        secret_ref: typing.Optional[typing.Union["S3CredentialsSpecSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param identity_ref: 
        :param seaweed_ref: 
        :param reclaim_policy: 
        :param secret_ref: 

        :schema: S3CredentialsSpec
        '''
        if isinstance(identity_ref, dict):
            identity_ref = S3CredentialsSpecIdentityRef(**identity_ref)
        if isinstance(seaweed_ref, dict):
            seaweed_ref = S3CredentialsSpecSeaweedRef(**seaweed_ref)
        if isinstance(secret_ref, dict):
            secret_ref = S3CredentialsSpecSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2d0e7b42afa93e6d7901eec89f051b994b866769fee623d55edbfef0dbdb001)
            check_type(argname="argument identity_ref", value=identity_ref, expected_type=type_hints["identity_ref"])
            check_type(argname="argument seaweed_ref", value=seaweed_ref, expected_type=type_hints["seaweed_ref"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_ref": identity_ref,
            "seaweed_ref": seaweed_ref,
        }
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def identity_ref(self) -> "S3CredentialsSpecIdentityRef":
        '''
        :schema: S3CredentialsSpec#identityRef
        '''
        result = self._values.get("identity_ref")
        assert result is not None, "Required property 'identity_ref' is missing"
        return typing.cast("S3CredentialsSpecIdentityRef", result)

    @builtins.property
    def seaweed_ref(self) -> "S3CredentialsSpecSeaweedRef":
        '''
        :schema: S3CredentialsSpec#seaweedRef
        '''
        result = self._values.get("seaweed_ref")
        assert result is not None, "Required property 'seaweed_ref' is missing"
        return typing.cast("S3CredentialsSpecSeaweedRef", result)

    @builtins.property
    def reclaim_policy(self) -> typing.Optional["S3CredentialsSpecReclaimPolicy"]:
        '''
        :schema: S3CredentialsSpec#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["S3CredentialsSpecReclaimPolicy"], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["S3CredentialsSpecSecretRef"]:
        '''
        :schema: S3CredentialsSpec#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["S3CredentialsSpecSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3CredentialsSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3CredentialsSpecIdentityRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class S3CredentialsSpecIdentityRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: S3CredentialsSpecIdentityRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__575591def8091b3b445b1766811a8829ed6f2507fea1dba45382c696997a612f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: S3CredentialsSpecIdentityRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3CredentialsSpecIdentityRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3CredentialsSpecReclaimPolicy"
)
class S3CredentialsSpecReclaimPolicy(enum.Enum):
    '''
    :schema: S3CredentialsSpecReclaimPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3CredentialsSpecSeaweedRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class S3CredentialsSpecSeaweedRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: S3CredentialsSpecSeaweedRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__749eefcbd56c68fa967fe54b4296c73bdf0fec722684af4af32f2102b2c44f35)
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
        :schema: S3CredentialsSpecSeaweedRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3CredentialsSpecSeaweedRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3CredentialsSpecSeaweedRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3credentials_comseaweedfsseaweed.S3CredentialsSpecSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_field": "accessKeyField",
        "name": "name",
        "namespace": "namespace",
        "secret_key_field": "secretKeyField",
    },
)
class S3CredentialsSpecSecretRef:
    def __init__(
        self,
        *,
        access_key_field: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        secret_key_field: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_key_field: 
        :param name: 
        :param namespace: 
        :param secret_key_field: 

        :schema: S3CredentialsSpecSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98cf869015a6f38ae8fd434eafe3191830135b79b261e6ae9f5223d0cc2dc34a)
            check_type(argname="argument access_key_field", value=access_key_field, expected_type=type_hints["access_key_field"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument secret_key_field", value=secret_key_field, expected_type=type_hints["secret_key_field"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_field is not None:
            self._values["access_key_field"] = access_key_field
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if secret_key_field is not None:
            self._values["secret_key_field"] = secret_key_field

    @builtins.property
    def access_key_field(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3CredentialsSpecSecretRef#accessKeyField
        '''
        result = self._values.get("access_key_field")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3CredentialsSpecSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3CredentialsSpecSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_key_field(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3CredentialsSpecSecretRef#secretKeyField
        '''
        result = self._values.get("secret_key_field")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3CredentialsSpecSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "S3Credentials",
    "S3CredentialsProps",
    "S3CredentialsSpec",
    "S3CredentialsSpecIdentityRef",
    "S3CredentialsSpecReclaimPolicy",
    "S3CredentialsSpecSeaweedRef",
    "S3CredentialsSpecSecretRef",
]

publication.publish()

def _typecheckingstub__d0680319441d92c2b0d847f2e90819c772548a35750fd02f7a67e64342e3d9cd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3CredentialsSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d724c8f12ba7c76d66cccd7d305197d4a8b40b1a5881771d24bdb99c8bd1934(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3CredentialsSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2d0e7b42afa93e6d7901eec89f051b994b866769fee623d55edbfef0dbdb001(
    *,
    identity_ref: typing.Union[S3CredentialsSpecIdentityRef, typing.Dict[builtins.str, typing.Any]],
    seaweed_ref: typing.Union[S3CredentialsSpecSeaweedRef, typing.Dict[builtins.str, typing.Any]],
    reclaim_policy: typing.Optional[S3CredentialsSpecReclaimPolicy] = None,
    secret_ref: typing.Optional[typing.Union[S3CredentialsSpecSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__575591def8091b3b445b1766811a8829ed6f2507fea1dba45382c696997a612f(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__749eefcbd56c68fa967fe54b4296c73bdf0fec722684af4af32f2102b2c44f35(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98cf869015a6f38ae8fd434eafe3191830135b79b261e6ae9f5223d0cc2dc34a(
    *,
    access_key_field: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    secret_key_field: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
