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


class S3Policy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3Policy",
):
    '''
    :schema: S3Policy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3PolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "S3Policy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0280120d23e8fc75ee6f55fdc603b35f95fa3cfe4183ea40af751be72148743)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = S3PolicyProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3PolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "S3Policy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = S3PolicyProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "S3Policy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3PolicyProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class S3PolicyProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3PolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: S3Policy
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = S3PolicySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbe4ee7e21dc7e00ab20073a5505b32cd658633466e7b9cb3f4a96521f84fa7e)
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
        :schema: S3Policy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["S3PolicySpec"]:
        '''
        :schema: S3Policy#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["S3PolicySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3PolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "seaweed_ref": "seaweedRef",
        "name": "name",
        "policy_document": "policyDocument",
        "reclaim_policy": "reclaimPolicy",
        "statements": "statements",
    },
)
class S3PolicySpec:
    def __init__(
        self,
        *,
        seaweed_ref: typing.Union["S3PolicySpecSeaweedRef", typing.Dict[builtins.str, typing.Any]],
        name: typing.Optional[builtins.str] = None,
        policy_document: typing.Optional[builtins.str] = None,
        reclaim_policy: typing.Optional["S3PolicySpecReclaimPolicy"] = None,
        statements: typing.Optional[typing.Sequence[typing.Union["S3PolicySpecStatements", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param seaweed_ref: 
        :param name: 
        :param policy_document: 
        :param reclaim_policy: 
        :param statements: 

        :schema: S3PolicySpec
        '''
        if isinstance(seaweed_ref, dict):
            seaweed_ref = S3PolicySpecSeaweedRef(**seaweed_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5e2c3ba772f231c10eb5bfb72ddce65f92bdce4e858fa47b14a7eda0b8948e7)
            check_type(argname="argument seaweed_ref", value=seaweed_ref, expected_type=type_hints["seaweed_ref"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument policy_document", value=policy_document, expected_type=type_hints["policy_document"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
            check_type(argname="argument statements", value=statements, expected_type=type_hints["statements"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "seaweed_ref": seaweed_ref,
        }
        if name is not None:
            self._values["name"] = name
        if policy_document is not None:
            self._values["policy_document"] = policy_document
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy
        if statements is not None:
            self._values["statements"] = statements

    @builtins.property
    def seaweed_ref(self) -> "S3PolicySpecSeaweedRef":
        '''
        :schema: S3PolicySpec#seaweedRef
        '''
        result = self._values.get("seaweed_ref")
        assert result is not None, "Required property 'seaweed_ref' is missing"
        return typing.cast("S3PolicySpecSeaweedRef", result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3PolicySpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy_document(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3PolicySpec#policyDocument
        '''
        result = self._values.get("policy_document")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reclaim_policy(self) -> typing.Optional["S3PolicySpecReclaimPolicy"]:
        '''
        :schema: S3PolicySpec#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["S3PolicySpecReclaimPolicy"], result)

    @builtins.property
    def statements(self) -> typing.Optional[typing.List["S3PolicySpecStatements"]]:
        '''
        :schema: S3PolicySpec#statements
        '''
        result = self._values.get("statements")
        return typing.cast(typing.Optional[typing.List["S3PolicySpecStatements"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3PolicySpecReclaimPolicy")
class S3PolicySpecReclaimPolicy(enum.Enum):
    '''
    :schema: S3PolicySpecReclaimPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3PolicySpecSeaweedRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class S3PolicySpecSeaweedRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: S3PolicySpecSeaweedRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faa000d0398014dbe409fa03ab1104e3f0789e1a8fefcc3082e4ccfd49c53d19)
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
        :schema: S3PolicySpecSeaweedRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3PolicySpecSeaweedRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicySpecSeaweedRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3PolicySpecStatements",
    jsii_struct_bases=[],
    name_mapping={
        "actions": "actions",
        "effect": "effect",
        "resources": "resources",
        "sid": "sid",
    },
)
class S3PolicySpecStatements:
    def __init__(
        self,
        *,
        actions: typing.Sequence[builtins.str],
        effect: "S3PolicySpecStatementsEffect",
        resources: typing.Sequence[builtins.str],
        sid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param actions: 
        :param effect: 
        :param resources: 
        :param sid: 

        :schema: S3PolicySpecStatements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e18c862b3e3582e7ed86c09dbe67f5354c2b62a23dcc0c1526785871e351486)
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument sid", value=sid, expected_type=type_hints["sid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "actions": actions,
            "effect": effect,
            "resources": resources,
        }
        if sid is not None:
            self._values["sid"] = sid

    @builtins.property
    def actions(self) -> typing.List[builtins.str]:
        '''
        :schema: S3PolicySpecStatements#actions
        '''
        result = self._values.get("actions")
        assert result is not None, "Required property 'actions' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def effect(self) -> "S3PolicySpecStatementsEffect":
        '''
        :schema: S3PolicySpecStatements#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast("S3PolicySpecStatementsEffect", result)

    @builtins.property
    def resources(self) -> typing.List[builtins.str]:
        '''
        :schema: S3PolicySpecStatements#resources
        '''
        result = self._values.get("resources")
        assert result is not None, "Required property 'resources' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def sid(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3PolicySpecStatements#sid
        '''
        result = self._values.get("sid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicySpecStatements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seaweed_s3policy_comseaweedfsseaweed.S3PolicySpecStatementsEffect"
)
class S3PolicySpecStatementsEffect(enum.Enum):
    '''
    :schema: S3PolicySpecStatementsEffect
    '''

    ALLOW = "ALLOW"
    '''Allow.'''
    DENY = "DENY"
    '''Deny.'''


__all__ = [
    "S3Policy",
    "S3PolicyProps",
    "S3PolicySpec",
    "S3PolicySpecReclaimPolicy",
    "S3PolicySpecSeaweedRef",
    "S3PolicySpecStatements",
    "S3PolicySpecStatementsEffect",
]

publication.publish()

def _typecheckingstub__d0280120d23e8fc75ee6f55fdc603b35f95fa3cfe4183ea40af751be72148743(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3PolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbe4ee7e21dc7e00ab20073a5505b32cd658633466e7b9cb3f4a96521f84fa7e(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3PolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5e2c3ba772f231c10eb5bfb72ddce65f92bdce4e858fa47b14a7eda0b8948e7(
    *,
    seaweed_ref: typing.Union[S3PolicySpecSeaweedRef, typing.Dict[builtins.str, typing.Any]],
    name: typing.Optional[builtins.str] = None,
    policy_document: typing.Optional[builtins.str] = None,
    reclaim_policy: typing.Optional[S3PolicySpecReclaimPolicy] = None,
    statements: typing.Optional[typing.Sequence[typing.Union[S3PolicySpecStatements, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa000d0398014dbe409fa03ab1104e3f0789e1a8fefcc3082e4ccfd49c53d19(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e18c862b3e3582e7ed86c09dbe67f5354c2b62a23dcc0c1526785871e351486(
    *,
    actions: typing.Sequence[builtins.str],
    effect: S3PolicySpecStatementsEffect,
    resources: typing.Sequence[builtins.str],
    sid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
