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


class S3Identity(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seaweed_s3identity_comseaweedfsseaweed.S3Identity",
):
    '''
    :schema: S3Identity
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3IdentitySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "S3Identity" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05478f55400757ba11d92a3843006b0385d6635d04769b2657df0fffc22dcf95)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = S3IdentityProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3IdentitySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "S3Identity".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = S3IdentityProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "S3Identity".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seaweed_s3identity_comseaweedfsseaweed.S3IdentityProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class S3IdentityProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3IdentitySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: S3Identity
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = S3IdentitySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8057a2b30a50bd54f1811c94e57df7bb1aadaafab0ee563374d4f7883a056569)
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
        :schema: S3Identity#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["S3IdentitySpec"]:
        '''
        :schema: S3Identity#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["S3IdentitySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3IdentityProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3identity_comseaweedfsseaweed.S3IdentitySpec",
    jsii_struct_bases=[],
    name_mapping={
        "seaweed_ref": "seaweedRef",
        "account": "account",
        "disabled": "disabled",
        "name": "name",
        "reclaim_policy": "reclaimPolicy",
    },
)
class S3IdentitySpec:
    def __init__(
        self,
        *,
        seaweed_ref: typing.Union["S3IdentitySpecSeaweedRef", typing.Dict[builtins.str, typing.Any]],
        account: typing.Optional[typing.Union["S3IdentitySpecAccount", typing.Dict[builtins.str, typing.Any]]] = None,
        disabled: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        reclaim_policy: typing.Optional["S3IdentitySpecReclaimPolicy"] = None,
    ) -> None:
        '''
        :param seaweed_ref: 
        :param account: 
        :param disabled: 
        :param name: 
        :param reclaim_policy: 

        :schema: S3IdentitySpec
        '''
        if isinstance(seaweed_ref, dict):
            seaweed_ref = S3IdentitySpecSeaweedRef(**seaweed_ref)
        if isinstance(account, dict):
            account = S3IdentitySpecAccount(**account)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d29dcc6602ccaa3bd058459ebcd7bf8a3ccd1e718fe7ef1f3252c2b0ee8df7d)
            check_type(argname="argument seaweed_ref", value=seaweed_ref, expected_type=type_hints["seaweed_ref"])
            check_type(argname="argument account", value=account, expected_type=type_hints["account"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "seaweed_ref": seaweed_ref,
        }
        if account is not None:
            self._values["account"] = account
        if disabled is not None:
            self._values["disabled"] = disabled
        if name is not None:
            self._values["name"] = name
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy

    @builtins.property
    def seaweed_ref(self) -> "S3IdentitySpecSeaweedRef":
        '''
        :schema: S3IdentitySpec#seaweedRef
        '''
        result = self._values.get("seaweed_ref")
        assert result is not None, "Required property 'seaweed_ref' is missing"
        return typing.cast("S3IdentitySpecSeaweedRef", result)

    @builtins.property
    def account(self) -> typing.Optional["S3IdentitySpecAccount"]:
        '''
        :schema: S3IdentitySpec#account
        '''
        result = self._values.get("account")
        return typing.cast(typing.Optional["S3IdentitySpecAccount"], result)

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: S3IdentitySpec#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3IdentitySpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reclaim_policy(self) -> typing.Optional["S3IdentitySpecReclaimPolicy"]:
        '''
        :schema: S3IdentitySpec#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["S3IdentitySpecReclaimPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3IdentitySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3identity_comseaweedfsseaweed.S3IdentitySpecAccount",
    jsii_struct_bases=[],
    name_mapping={"display_name": "displayName", "email": "email"},
)
class S3IdentitySpecAccount:
    def __init__(
        self,
        *,
        display_name: typing.Optional[builtins.str] = None,
        email: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param display_name: 
        :param email: 

        :schema: S3IdentitySpecAccount
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2aba142646253a6c4f1955769419e8ee2c284e4d37c1de11fbdc78cfbaf677a)
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument email", value=email, expected_type=type_hints["email"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if display_name is not None:
            self._values["display_name"] = display_name
        if email is not None:
            self._values["email"] = email

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3IdentitySpecAccount#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3IdentitySpecAccount#email
        '''
        result = self._values.get("email")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3IdentitySpecAccount(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seaweed_s3identity_comseaweedfsseaweed.S3IdentitySpecReclaimPolicy"
)
class S3IdentitySpecReclaimPolicy(enum.Enum):
    '''
    :schema: S3IdentitySpecReclaimPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="seaweed_s3identity_comseaweedfsseaweed.S3IdentitySpecSeaweedRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class S3IdentitySpecSeaweedRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: S3IdentitySpecSeaweedRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2413bf4b7da2f3ca167798d733d81026fd8ccab01ee4ca821921e55f02c2f520)
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
        :schema: S3IdentitySpecSeaweedRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3IdentitySpecSeaweedRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3IdentitySpecSeaweedRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "S3Identity",
    "S3IdentityProps",
    "S3IdentitySpec",
    "S3IdentitySpecAccount",
    "S3IdentitySpecReclaimPolicy",
    "S3IdentitySpecSeaweedRef",
]

publication.publish()

def _typecheckingstub__05478f55400757ba11d92a3843006b0385d6635d04769b2657df0fffc22dcf95(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3IdentitySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8057a2b30a50bd54f1811c94e57df7bb1aadaafab0ee563374d4f7883a056569(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3IdentitySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d29dcc6602ccaa3bd058459ebcd7bf8a3ccd1e718fe7ef1f3252c2b0ee8df7d(
    *,
    seaweed_ref: typing.Union[S3IdentitySpecSeaweedRef, typing.Dict[builtins.str, typing.Any]],
    account: typing.Optional[typing.Union[S3IdentitySpecAccount, typing.Dict[builtins.str, typing.Any]]] = None,
    disabled: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    reclaim_policy: typing.Optional[S3IdentitySpecReclaimPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2aba142646253a6c4f1955769419e8ee2c284e4d37c1de11fbdc78cfbaf677a(
    *,
    display_name: typing.Optional[builtins.str] = None,
    email: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2413bf4b7da2f3ca167798d733d81026fd8ccab01ee4ca821921e55f02c2f520(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
