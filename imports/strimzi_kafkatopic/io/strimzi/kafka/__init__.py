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


class KafkaTopic(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="strimzi_kafkatopic_iostrimzikafka.KafkaTopic",
):
    '''
    :schema: KafkaTopic
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["KafkaTopicSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KafkaTopic" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: The specification of the topic.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6324369d924c6b4d368a2841a90920ff49dc05aadc6690b3efd5c1dc016d9302)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KafkaTopicProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["KafkaTopicSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KafkaTopic".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: The specification of the topic.
        :param metadata: 
        '''
        props = KafkaTopicProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KafkaTopic".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="strimzi_kafkatopic_iostrimzikafka.KafkaTopicProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class KafkaTopicProps:
    def __init__(
        self,
        *,
        spec: typing.Union["KafkaTopicSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: The specification of the topic.
        :param metadata: 

        :schema: KafkaTopic
        '''
        if isinstance(spec, dict):
            spec = KafkaTopicSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31d74a1486f07a1a54bde013fd26a8a9b825fd1cddfe925e3b108b8648c66481)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "KafkaTopicSpec":
        '''The specification of the topic.

        :schema: KafkaTopic#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("KafkaTopicSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: KafkaTopic#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaTopicProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkatopic_iostrimzikafka.KafkaTopicSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "partitions": "partitions",
        "replicas": "replicas",
        "topic_name": "topicName",
    },
)
class KafkaTopicSpec:
    def __init__(
        self,
        *,
        config: typing.Any = None,
        partitions: typing.Optional[jsii.Number] = None,
        replicas: typing.Optional[jsii.Number] = None,
        topic_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The specification of the topic.

        :param config: The topic configuration.
        :param partitions: The number of partitions the topic should have. This cannot be decreased after topic creation. It can be increased after topic creation, but it is important to understand the consequences that has, especially for topics with semantic partitioning. When absent this will default to the broker configuration for ``num.partitions``.
        :param replicas: The number of replicas the topic should have. When absent this will default to the broker configuration for ``default.replication.factor``.
        :param topic_name: The name of the topic. When absent this will default to the metadata.name of the topic. It is recommended to not set this unless the topic name is not a valid Kubernetes resource name.

        :schema: KafkaTopicSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__562fae3eca67c08215d3760609e433204e8e1cc4970707ae0294e2b9c1d55b18)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument partitions", value=partitions, expected_type=type_hints["partitions"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument topic_name", value=topic_name, expected_type=type_hints["topic_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if partitions is not None:
            self._values["partitions"] = partitions
        if replicas is not None:
            self._values["replicas"] = replicas
        if topic_name is not None:
            self._values["topic_name"] = topic_name

    @builtins.property
    def config(self) -> typing.Any:
        '''The topic configuration.

        :schema: KafkaTopicSpec#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def partitions(self) -> typing.Optional[jsii.Number]:
        '''The number of partitions the topic should have.

        This cannot be decreased after topic creation. It can be increased after topic creation, but it is important to understand the consequences that has, especially for topics with semantic partitioning. When absent this will default to the broker configuration for ``num.partitions``.

        :schema: KafkaTopicSpec#partitions
        '''
        result = self._values.get("partitions")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''The number of replicas the topic should have.

        When absent this will default to the broker configuration for ``default.replication.factor``.

        :schema: KafkaTopicSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def topic_name(self) -> typing.Optional[builtins.str]:
        '''The name of the topic.

        When absent this will default to the metadata.name of the topic. It is recommended to not set this unless the topic name is not a valid Kubernetes resource name.

        :schema: KafkaTopicSpec#topicName
        '''
        result = self._values.get("topic_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaTopicSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "KafkaTopic",
    "KafkaTopicProps",
    "KafkaTopicSpec",
]

publication.publish()

def _typecheckingstub__6324369d924c6b4d368a2841a90920ff49dc05aadc6690b3efd5c1dc016d9302(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[KafkaTopicSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31d74a1486f07a1a54bde013fd26a8a9b825fd1cddfe925e3b108b8648c66481(
    *,
    spec: typing.Union[KafkaTopicSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__562fae3eca67c08215d3760609e433204e8e1cc4970707ae0294e2b9c1d55b18(
    *,
    config: typing.Any = None,
    partitions: typing.Optional[jsii.Number] = None,
    replicas: typing.Optional[jsii.Number] = None,
    topic_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
