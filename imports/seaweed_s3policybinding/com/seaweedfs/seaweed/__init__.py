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


class S3PolicyBinding(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBinding",
):
    '''
    :schema: S3PolicyBinding
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3PolicyBindingSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "S3PolicyBinding" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75c165e84c8f2a3a1bbd96be4a1f1b463cd02a704e5ee75bf01dc08ac8c55ad2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = S3PolicyBindingProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3PolicyBindingSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "S3PolicyBinding".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = S3PolicyBindingProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "S3PolicyBinding".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class S3PolicyBindingProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["S3PolicyBindingSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: S3PolicyBinding
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = S3PolicyBindingSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbba8bd8e21e657e99cdccf8fb804b69c251168d05ca2b60665516afe1fe2ba6)
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
        :schema: S3PolicyBinding#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["S3PolicyBindingSpec"]:
        '''
        :schema: S3PolicyBinding#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["S3PolicyBindingSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicyBindingProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingSpec",
    jsii_struct_bases=[],
    name_mapping={
        "policy_ref": "policyRef",
        "seaweed_ref": "seaweedRef",
        "subjects": "subjects",
        "reclaim_policy": "reclaimPolicy",
    },
)
class S3PolicyBindingSpec:
    def __init__(
        self,
        *,
        policy_ref: typing.Union["S3PolicyBindingSpecPolicyRef", typing.Dict[builtins.str, typing.Any]],
        seaweed_ref: typing.Union["S3PolicyBindingSpecSeaweedRef", typing.Dict[builtins.str, typing.Any]],
        subjects: typing.Sequence[typing.Union["S3PolicyBindingSpecSubjects", typing.Dict[builtins.str, typing.Any]]],
        reclaim_policy: typing.Optional["S3PolicyBindingSpecReclaimPolicy"] = None,
    ) -> None:
        '''
        :param policy_ref: 
        :param seaweed_ref: 
        :param subjects: 
        :param reclaim_policy: 

        :schema: S3PolicyBindingSpec
        '''
        if isinstance(policy_ref, dict):
            policy_ref = S3PolicyBindingSpecPolicyRef(**policy_ref)
        if isinstance(seaweed_ref, dict):
            seaweed_ref = S3PolicyBindingSpecSeaweedRef(**seaweed_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a48d87d61a31c9d0abb2ae6efe8039f8f89cab24bd6e56209e96e9e23cd78667)
            check_type(argname="argument policy_ref", value=policy_ref, expected_type=type_hints["policy_ref"])
            check_type(argname="argument seaweed_ref", value=seaweed_ref, expected_type=type_hints["seaweed_ref"])
            check_type(argname="argument subjects", value=subjects, expected_type=type_hints["subjects"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "policy_ref": policy_ref,
            "seaweed_ref": seaweed_ref,
            "subjects": subjects,
        }
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy

    @builtins.property
    def policy_ref(self) -> "S3PolicyBindingSpecPolicyRef":
        '''
        :schema: S3PolicyBindingSpec#policyRef
        '''
        result = self._values.get("policy_ref")
        assert result is not None, "Required property 'policy_ref' is missing"
        return typing.cast("S3PolicyBindingSpecPolicyRef", result)

    @builtins.property
    def seaweed_ref(self) -> "S3PolicyBindingSpecSeaweedRef":
        '''
        :schema: S3PolicyBindingSpec#seaweedRef
        '''
        result = self._values.get("seaweed_ref")
        assert result is not None, "Required property 'seaweed_ref' is missing"
        return typing.cast("S3PolicyBindingSpecSeaweedRef", result)

    @builtins.property
    def subjects(self) -> typing.List["S3PolicyBindingSpecSubjects"]:
        '''
        :schema: S3PolicyBindingSpec#subjects
        '''
        result = self._values.get("subjects")
        assert result is not None, "Required property 'subjects' is missing"
        return typing.cast(typing.List["S3PolicyBindingSpecSubjects"], result)

    @builtins.property
    def reclaim_policy(self) -> typing.Optional["S3PolicyBindingSpecReclaimPolicy"]:
        '''
        :schema: S3PolicyBindingSpec#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["S3PolicyBindingSpecReclaimPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicyBindingSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingSpecPolicyRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class S3PolicyBindingSpecPolicyRef:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: 

        :schema: S3PolicyBindingSpecPolicyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c80be79223ddaa9dcdb11a1b2334d34d7f274d72cac97d0ec38c3779576e377b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: S3PolicyBindingSpecPolicyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicyBindingSpecPolicyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingSpecReclaimPolicy"
)
class S3PolicyBindingSpecReclaimPolicy(enum.Enum):
    '''
    :schema: S3PolicyBindingSpecReclaimPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingSpecSeaweedRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class S3PolicyBindingSpecSeaweedRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param namespace: 

        :schema: S3PolicyBindingSpecSeaweedRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9b85aa5d8ae79eb669a97d7f16d0e6b5a7ab25ac634076b6f84070ebf34ac49)
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
        :schema: S3PolicyBindingSpecSeaweedRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: S3PolicyBindingSpecSeaweedRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicyBindingSpecSeaweedRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingSpecSubjects",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "kind": "kind"},
)
class S3PolicyBindingSpecSubjects:
    def __init__(
        self,
        *,
        name: builtins.str,
        kind: typing.Optional["S3PolicyBindingSpecSubjectsKind"] = None,
    ) -> None:
        '''
        :param name: 
        :param kind: 

        :schema: S3PolicyBindingSpecSubjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06d71301f958ad7b132298ad4c6f8dcf32c0b22f1e7ead180b1c1140699c22b0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: S3PolicyBindingSpecSubjects#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> typing.Optional["S3PolicyBindingSpecSubjectsKind"]:
        '''
        :schema: S3PolicyBindingSpecSubjects#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["S3PolicyBindingSpecSubjectsKind"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "S3PolicyBindingSpecSubjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="seaweed_s3policybinding_comseaweedfsseaweed.S3PolicyBindingSpecSubjectsKind"
)
class S3PolicyBindingSpecSubjectsKind(enum.Enum):
    '''
    :schema: S3PolicyBindingSpecSubjectsKind
    '''

    S3_IDENTITY = "S3_IDENTITY"
    '''S3Identity.'''


__all__ = [
    "S3PolicyBinding",
    "S3PolicyBindingProps",
    "S3PolicyBindingSpec",
    "S3PolicyBindingSpecPolicyRef",
    "S3PolicyBindingSpecReclaimPolicy",
    "S3PolicyBindingSpecSeaweedRef",
    "S3PolicyBindingSpecSubjects",
    "S3PolicyBindingSpecSubjectsKind",
]

publication.publish()

def _typecheckingstub__75c165e84c8f2a3a1bbd96be4a1f1b463cd02a704e5ee75bf01dc08ac8c55ad2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3PolicyBindingSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbba8bd8e21e657e99cdccf8fb804b69c251168d05ca2b60665516afe1fe2ba6(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[S3PolicyBindingSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a48d87d61a31c9d0abb2ae6efe8039f8f89cab24bd6e56209e96e9e23cd78667(
    *,
    policy_ref: typing.Union[S3PolicyBindingSpecPolicyRef, typing.Dict[builtins.str, typing.Any]],
    seaweed_ref: typing.Union[S3PolicyBindingSpecSeaweedRef, typing.Dict[builtins.str, typing.Any]],
    subjects: typing.Sequence[typing.Union[S3PolicyBindingSpecSubjects, typing.Dict[builtins.str, typing.Any]]],
    reclaim_policy: typing.Optional[S3PolicyBindingSpecReclaimPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c80be79223ddaa9dcdb11a1b2334d34d7f274d72cac97d0ec38c3779576e377b(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9b85aa5d8ae79eb669a97d7f16d0e6b5a7ab25ac634076b6f84070ebf34ac49(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06d71301f958ad7b132298ad4c6f8dcf32c0b22f1e7ead180b1c1140699c22b0(
    *,
    name: builtins.str,
    kind: typing.Optional[S3PolicyBindingSpecSubjectsKind] = None,
) -> None:
    """Type checking stubs"""
    pass
