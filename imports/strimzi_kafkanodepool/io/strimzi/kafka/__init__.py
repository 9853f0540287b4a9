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


class KafkaNodePool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePool",
):
    '''
    :schema: KafkaNodePool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["KafkaNodePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KafkaNodePool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: The specification of the KafkaNodePool.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86e29e3f9abe5c261a75fe046d2642b9011cc1104df468ad268a51ef924db0e4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KafkaNodePoolProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["KafkaNodePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KafkaNodePool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: The specification of the KafkaNodePool.
        :param metadata: 
        '''
        props = KafkaNodePoolProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KafkaNodePool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class KafkaNodePoolProps:
    def __init__(
        self,
        *,
        spec: typing.Union["KafkaNodePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: The specification of the KafkaNodePool.
        :param metadata: 

        :schema: KafkaNodePool
        '''
        if isinstance(spec, dict):
            spec = KafkaNodePoolSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ddc0b4b2bd5e0c0752e40acf2e2fd70a45e95ec3258f855d709decd4e856fa4)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "KafkaNodePoolSpec":
        '''The specification of the KafkaNodePool.

        :schema: KafkaNodePool#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("KafkaNodePoolSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: KafkaNodePool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "replicas": "replicas",
        "roles": "roles",
        "storage": "storage",
        "jvm_options": "jvmOptions",
        "resources": "resources",
        "template": "template",
    },
)
class KafkaNodePoolSpec:
    def __init__(
        self,
        *,
        replicas: jsii.Number,
        roles: typing.Sequence["KafkaNodePoolSpecRoles"],
        storage: typing.Union["KafkaNodePoolSpecStorage", typing.Dict[builtins.str, typing.Any]],
        jvm_options: typing.Optional[typing.Union["KafkaNodePoolSpecJvmOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["KafkaNodePoolSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        template: typing.Optional[typing.Union["KafkaNodePoolSpecTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The specification of the KafkaNodePool.

        :param replicas: The number of pods in the pool.
        :param roles: The roles assigned to the node pool. Supported values are ``broker`` and ``controller``. This property is required.
        :param storage: Storage configuration (disk). Cannot be updated.
        :param jvm_options: JVM Options for pods.
        :param resources: CPU and memory resources to reserve.
        :param template: Template for pool resources. The template allows users to specify how the resources belonging to this pool are generated.

        :schema: KafkaNodePoolSpec
        '''
        if isinstance(storage, dict):
            storage = KafkaNodePoolSpecStorage(**storage)
        if isinstance(jvm_options, dict):
            jvm_options = KafkaNodePoolSpecJvmOptions(**jvm_options)
        if isinstance(resources, dict):
            resources = KafkaNodePoolSpecResources(**resources)
        if isinstance(template, dict):
            template = KafkaNodePoolSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cde2cfdcbcad984a3df5f3d15c10af64a1826765a6e20865667e820cfe7f0ef)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument storage", value=storage, expected_type=type_hints["storage"])
            check_type(argname="argument jvm_options", value=jvm_options, expected_type=type_hints["jvm_options"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "replicas": replicas,
            "roles": roles,
            "storage": storage,
        }
        if jvm_options is not None:
            self._values["jvm_options"] = jvm_options
        if resources is not None:
            self._values["resources"] = resources
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def replicas(self) -> jsii.Number:
        '''The number of pods in the pool.

        :schema: KafkaNodePoolSpec#replicas
        '''
        result = self._values.get("replicas")
        assert result is not None, "Required property 'replicas' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def roles(self) -> typing.List["KafkaNodePoolSpecRoles"]:
        '''The roles assigned to the node pool.

        Supported values are ``broker`` and ``controller``. This property is required.

        :schema: KafkaNodePoolSpec#roles
        '''
        result = self._values.get("roles")
        assert result is not None, "Required property 'roles' is missing"
        return typing.cast(typing.List["KafkaNodePoolSpecRoles"], result)

    @builtins.property
    def storage(self) -> "KafkaNodePoolSpecStorage":
        '''Storage configuration (disk).

        Cannot be updated.

        :schema: KafkaNodePoolSpec#storage
        '''
        result = self._values.get("storage")
        assert result is not None, "Required property 'storage' is missing"
        return typing.cast("KafkaNodePoolSpecStorage", result)

    @builtins.property
    def jvm_options(self) -> typing.Optional["KafkaNodePoolSpecJvmOptions"]:
        '''JVM Options for pods.

        :schema: KafkaNodePoolSpec#jvmOptions
        '''
        result = self._values.get("jvm_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecJvmOptions"], result)

    @builtins.property
    def resources(self) -> typing.Optional["KafkaNodePoolSpecResources"]:
        '''CPU and memory resources to reserve.

        :schema: KafkaNodePoolSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["KafkaNodePoolSpecResources"], result)

    @builtins.property
    def template(self) -> typing.Optional["KafkaNodePoolSpecTemplate"]:
        '''Template for pool resources.

        The template allows users to specify how the resources belonging to this pool are generated.

        :schema: KafkaNodePoolSpec#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecJvmOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gc_logging_enabled": "gcLoggingEnabled",
        "java_system_properties": "javaSystemProperties",
        "xms": "xms",
        "xmx": "xmx",
        "xx": "xx",
    },
)
class KafkaNodePoolSpecJvmOptions:
    def __init__(
        self,
        *,
        gc_logging_enabled: typing.Optional[builtins.bool] = None,
        java_system_properties: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecJvmOptionsJavaSystemProperties", typing.Dict[builtins.str, typing.Any]]]] = None,
        xms: typing.Optional[builtins.str] = None,
        xmx: typing.Optional[builtins.str] = None,
        xx: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''JVM Options for pods.

        :param gc_logging_enabled: Specifies whether the Garbage Collection logging is enabled. The default is false.
        :param java_system_properties: A map of additional system properties which will be passed using the ``-D`` option to the JVM.
        :param xms: -Xms option to to the JVM.
        :param xmx: -Xmx option to to the JVM.
        :param xx: A map of -XX options to the JVM.

        :schema: KafkaNodePoolSpecJvmOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e5462a47a7e01a53b46c925244a314c980e8f6f651d9b5efdcc8b6676df130a)
            check_type(argname="argument gc_logging_enabled", value=gc_logging_enabled, expected_type=type_hints["gc_logging_enabled"])
            check_type(argname="argument java_system_properties", value=java_system_properties, expected_type=type_hints["java_system_properties"])
            check_type(argname="argument xms", value=xms, expected_type=type_hints["xms"])
            check_type(argname="argument xmx", value=xmx, expected_type=type_hints["xmx"])
            check_type(argname="argument xx", value=xx, expected_type=type_hints["xx"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gc_logging_enabled is not None:
            self._values["gc_logging_enabled"] = gc_logging_enabled
        if java_system_properties is not None:
            self._values["java_system_properties"] = java_system_properties
        if xms is not None:
            self._values["xms"] = xms
        if xmx is not None:
            self._values["xmx"] = xmx
        if xx is not None:
            self._values["xx"] = xx

    @builtins.property
    def gc_logging_enabled(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether the Garbage Collection logging is enabled.

        The default is false.

        :schema: KafkaNodePoolSpecJvmOptions#gcLoggingEnabled
        '''
        result = self._values.get("gc_logging_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def java_system_properties(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecJvmOptionsJavaSystemProperties"]]:
        '''A map of additional system properties which will be passed using the ``-D`` option to the JVM.

        :schema: KafkaNodePoolSpecJvmOptions#javaSystemProperties
        '''
        result = self._values.get("java_system_properties")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecJvmOptionsJavaSystemProperties"]], result)

    @builtins.property
    def xms(self) -> typing.Optional[builtins.str]:
        '''-Xms option to to the JVM.

        :schema: KafkaNodePoolSpecJvmOptions#-Xms
        '''
        result = self._values.get("xms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def xmx(self) -> typing.Optional[builtins.str]:
        '''-Xmx option to to the JVM.

        :schema: KafkaNodePoolSpecJvmOptions#-Xmx
        '''
        result = self._values.get("xmx")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def xx(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A map of -XX options to the JVM.

        :schema: KafkaNodePoolSpecJvmOptions#-XX
        '''
        result = self._values.get("xx")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecJvmOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecJvmOptionsJavaSystemProperties",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KafkaNodePoolSpecJvmOptionsJavaSystemProperties:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The system property name.
        :param value: The system property value.

        :schema: KafkaNodePoolSpecJvmOptionsJavaSystemProperties
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d02bd2b214328f2249b1ede9b713a231e75399d803c88c98512793495ca69544)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The system property name.

        :schema: KafkaNodePoolSpecJvmOptionsJavaSystemProperties#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The system property value.

        :schema: KafkaNodePoolSpecJvmOptionsJavaSystemProperties#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecJvmOptionsJavaSystemProperties(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class KafkaNodePoolSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "KafkaNodePoolSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "KafkaNodePoolSpecResourcesRequests"]] = None,
    ) -> None:
        '''CPU and memory resources to reserve.

        :param claims: 
        :param limits: 
        :param requests: 

        :schema: KafkaNodePoolSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93bdf2ca48b345b44466c1e4c7a841e6a5b75ba9930bfefeebb85a0993d895c4)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecResourcesClaims"]]:
        '''
        :schema: KafkaNodePoolSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KafkaNodePoolSpecResourcesLimits"]]:
        '''
        :schema: KafkaNodePoolSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KafkaNodePoolSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KafkaNodePoolSpecResourcesRequests"]]:
        '''
        :schema: KafkaNodePoolSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KafkaNodePoolSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class KafkaNodePoolSpecResourcesClaims:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: KafkaNodePoolSpecResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b68253b382c70f73e191db2cb40d0c3231875e268c243760023454114e9fa6e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecResourcesClaims#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecResourcesClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KafkaNodePoolSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecResourcesLimits",
):
    '''
    :schema: KafkaNodePoolSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "KafkaNodePoolSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ecddd3c4dffbea3c5158e2a475f9755c441c87311fa707f79bf3e9ecb9d33a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KafkaNodePoolSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "KafkaNodePoolSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8086bb81ef884665f8908d0af4a97fa034567fdb4806fb311a18c595be7e6bea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KafkaNodePoolSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class KafkaNodePoolSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecResourcesRequests",
):
    '''
    :schema: KafkaNodePoolSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "KafkaNodePoolSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f2335f6bd9e72bac3d1151c1645feb949e946e17e1aa8d18e21ffdf98533df2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KafkaNodePoolSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "KafkaNodePoolSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70ffaeae786edb87360d6fd90ba948c36cf822a6fc1a030904de3bd33486e516)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KafkaNodePoolSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecRoles")
class KafkaNodePoolSpecRoles(enum.Enum):
    '''
    :schema: KafkaNodePoolSpecRoles
    '''

    CONTROLLER = "CONTROLLER"
    '''controller.'''
    BROKER = "BROKER"
    '''broker.'''


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecStorage",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "class_": "class",
        "delete_claim": "deleteClaim",
        "id": "id",
        "kraft_metadata": "kraftMetadata",
        "selector": "selector",
        "size": "size",
        "size_limit": "sizeLimit",
        "volume_attributes_class": "volumeAttributesClass",
        "volumes": "volumes",
    },
)
class KafkaNodePoolSpecStorage:
    def __init__(
        self,
        *,
        type: "KafkaNodePoolSpecStorageType",
        class_: typing.Optional[builtins.str] = None,
        delete_claim: typing.Optional[builtins.bool] = None,
        id: typing.Optional[jsii.Number] = None,
        kraft_metadata: typing.Optional["KafkaNodePoolSpecStorageKraftMetadata"] = None,
        selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        size: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional[builtins.str] = None,
        volume_attributes_class: typing.Optional[builtins.str] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecStorageVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Storage configuration (disk).

        Cannot be updated.

        :param type: Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.
        :param class_: The storage class to use for dynamic volume allocation.
        :param delete_claim: Specifies whether the persistent volume claim is deleted when a Kafka node is deleted. Optional. Defaults to ``false``. Default: false`.
        :param id: Storage identification number. It is mandatory only for storage volumes defined in a storage of type 'jbod'.
        :param kraft_metadata: Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is ``shared``. At most one volume can have this property set.
        :param selector: Specifies a specific persistent volume to use. It contains key:value pairs representing labels for selecting such a volume.
        :param size: When ``type=persistent-claim``, defines the size of the persistent volume claim, such as 100Gi. Mandatory when ``type=persistent-claim``.
        :param size_limit: When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).
        :param volume_attributes_class: Specifies ``VolumeAttributeClass`` name for dynamically configuring storage attributes.
        :param volumes: List of volumes as Storage objects representing the JBOD disks array.

        :schema: KafkaNodePoolSpecStorage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2322bc43b98ebb37d905ece2283082291ff14c9527de0e456e18a9e35d77db02)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument delete_claim", value=delete_claim, expected_type=type_hints["delete_claim"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument kraft_metadata", value=kraft_metadata, expected_type=type_hints["kraft_metadata"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument size", value=size, expected_type=type_hints["size"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
            check_type(argname="argument volume_attributes_class", value=volume_attributes_class, expected_type=type_hints["volume_attributes_class"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if class_ is not None:
            self._values["class_"] = class_
        if delete_claim is not None:
            self._values["delete_claim"] = delete_claim
        if id is not None:
            self._values["id"] = id
        if kraft_metadata is not None:
            self._values["kraft_metadata"] = kraft_metadata
        if selector is not None:
            self._values["selector"] = selector
        if size is not None:
            self._values["size"] = size
        if size_limit is not None:
            self._values["size_limit"] = size_limit
        if volume_attributes_class is not None:
            self._values["volume_attributes_class"] = volume_attributes_class
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def type(self) -> "KafkaNodePoolSpecStorageType":
        '''Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.

        :schema: KafkaNodePoolSpecStorage#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("KafkaNodePoolSpecStorageType", result)

    @builtins.property
    def class_(self) -> typing.Optional[builtins.str]:
        '''The storage class to use for dynamic volume allocation.

        :schema: KafkaNodePoolSpecStorage#class
        '''
        result = self._values.get("class_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete_claim(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether the persistent volume claim is deleted when a Kafka node is deleted.

        Optional. Defaults to ``false``.

        :default: false`.

        :schema: KafkaNodePoolSpecStorage#deleteClaim
        '''
        result = self._values.get("delete_claim")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[jsii.Number]:
        '''Storage identification number.

        It is mandatory only for storage volumes defined in a storage of type 'jbod'.

        :schema: KafkaNodePoolSpecStorage#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kraft_metadata(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecStorageKraftMetadata"]:
        '''Specifies whether this volume should be used for storing KRaft metadata.

        This property is optional. When set, the only currently supported value is ``shared``. At most one volume can have this property set.

        :schema: KafkaNodePoolSpecStorage#kraftMetadata
        '''
        result = self._values.get("kraft_metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecStorageKraftMetadata"], result)

    @builtins.property
    def selector(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Specifies a specific persistent volume to use.

        It contains key:value pairs representing labels for selecting such a volume.

        :schema: KafkaNodePoolSpecStorage#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def size(self) -> typing.Optional[builtins.str]:
        '''When ``type=persistent-claim``, defines the size of the persistent volume claim, such as 100Gi.

        Mandatory when ``type=persistent-claim``.

        :schema: KafkaNodePoolSpecStorage#size
        '''
        result = self._values.get("size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(self) -> typing.Optional[builtins.str]:
        '''When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).

        :schema: KafkaNodePoolSpecStorage#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class(self) -> typing.Optional[builtins.str]:
        '''Specifies ``VolumeAttributeClass`` name for dynamically configuring storage attributes.

        :schema: KafkaNodePoolSpecStorage#volumeAttributesClass
        '''
        result = self._values.get("volume_attributes_class")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volumes(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecStorageVolumes"]]:
        '''List of volumes as Storage objects representing the JBOD disks array.

        :schema: KafkaNodePoolSpecStorage#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecStorageVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecStorageKraftMetadata"
)
class KafkaNodePoolSpecStorageKraftMetadata(enum.Enum):
    '''Specifies whether this volume should be used for storing KRaft metadata.

    This property is optional. When set, the only currently supported value is ``shared``. At most one volume can have this property set.

    :schema: KafkaNodePoolSpecStorageKraftMetadata
    '''

    SHARED = "SHARED"
    '''shared.'''


@jsii.enum(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecStorageType"
)
class KafkaNodePoolSpecStorageType(enum.Enum):
    '''Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.

    :schema: KafkaNodePoolSpecStorageType
    '''

    EPHEMERAL = "EPHEMERAL"
    '''ephemeral.'''
    PERSISTENT_HYPHEN_CLAIM = "PERSISTENT_HYPHEN_CLAIM"
    '''persistent-claim.'''
    JBOD = "JBOD"
    '''jbod.'''


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecStorageVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "class_": "class",
        "delete_claim": "deleteClaim",
        "id": "id",
        "kraft_metadata": "kraftMetadata",
        "selector": "selector",
        "size": "size",
        "size_limit": "sizeLimit",
        "volume_attributes_class": "volumeAttributesClass",
    },
)
class KafkaNodePoolSpecStorageVolumes:
    def __init__(
        self,
        *,
        type: "KafkaNodePoolSpecStorageVolumesType",
        class_: typing.Optional[builtins.str] = None,
        delete_claim: typing.Optional[builtins.bool] = None,
        id: typing.Optional[jsii.Number] = None,
        kraft_metadata: typing.Optional["KafkaNodePoolSpecStorageVolumesKraftMetadata"] = None,
        selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        size: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional[builtins.str] = None,
        volume_attributes_class: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: Storage type, must be either 'ephemeral' or 'persistent-claim'.
        :param class_: The storage class to use for dynamic volume allocation.
        :param delete_claim: Specifies whether the persistent volume claim is deleted when a Kafka node is deleted. Optional. Defaults to ``false``. Default: false`.
        :param id: Storage identification number. Mandatory for storage volumes defined with a ``jbod`` storage type configuration.
        :param kraft_metadata: Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is ``shared``. At most one volume can have this property set.
        :param selector: Specifies a specific persistent volume to use. It contains key:value pairs representing labels for selecting such a volume.
        :param size: When ``type=persistent-claim``, defines the size of the persistent volume claim, such as 100Gi. Mandatory when ``type=persistent-claim``.
        :param size_limit: When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).
        :param volume_attributes_class: Specifies ``VolumeAttributeClass`` name for dynamically configuring storage attributes.

        :schema: KafkaNodePoolSpecStorageVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d258af708f070fb7882f687761bcbc68197f6cdce73bff8bb4fddee660ca9d2f)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument delete_claim", value=delete_claim, expected_type=type_hints["delete_claim"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument kraft_metadata", value=kraft_metadata, expected_type=type_hints["kraft_metadata"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument size", value=size, expected_type=type_hints["size"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
            check_type(argname="argument volume_attributes_class", value=volume_attributes_class, expected_type=type_hints["volume_attributes_class"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if class_ is not None:
            self._values["class_"] = class_
        if delete_claim is not None:
            self._values["delete_claim"] = delete_claim
        if id is not None:
            self._values["id"] = id
        if kraft_metadata is not None:
            self._values["kraft_metadata"] = kraft_metadata
        if selector is not None:
            self._values["selector"] = selector
        if size is not None:
            self._values["size"] = size
        if size_limit is not None:
            self._values["size_limit"] = size_limit
        if volume_attributes_class is not None:
            self._values["volume_attributes_class"] = volume_attributes_class

    @builtins.property
    def type(self) -> "KafkaNodePoolSpecStorageVolumesType":
        '''Storage type, must be either 'ephemeral' or 'persistent-claim'.

        :schema: KafkaNodePoolSpecStorageVolumes#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("KafkaNodePoolSpecStorageVolumesType", result)

    @builtins.property
    def class_(self) -> typing.Optional[builtins.str]:
        '''The storage class to use for dynamic volume allocation.

        :schema: KafkaNodePoolSpecStorageVolumes#class
        '''
        result = self._values.get("class_")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete_claim(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether the persistent volume claim is deleted when a Kafka node is deleted.

        Optional. Defaults to ``false``.

        :default: false`.

        :schema: KafkaNodePoolSpecStorageVolumes#deleteClaim
        '''
        result = self._values.get("delete_claim")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[jsii.Number]:
        '''Storage identification number.

        Mandatory for storage volumes defined with a ``jbod`` storage type configuration.

        :schema: KafkaNodePoolSpecStorageVolumes#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kraft_metadata(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecStorageVolumesKraftMetadata"]:
        '''Specifies whether this volume should be used for storing KRaft metadata.

        This property is optional. When set, the only currently supported value is ``shared``. At most one volume can have this property set.

        :schema: KafkaNodePoolSpecStorageVolumes#kraftMetadata
        '''
        result = self._values.get("kraft_metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecStorageVolumesKraftMetadata"], result)

    @builtins.property
    def selector(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Specifies a specific persistent volume to use.

        It contains key:value pairs representing labels for selecting such a volume.

        :schema: KafkaNodePoolSpecStorageVolumes#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def size(self) -> typing.Optional[builtins.str]:
        '''When ``type=persistent-claim``, defines the size of the persistent volume claim, such as 100Gi.

        Mandatory when ``type=persistent-claim``.

        :schema: KafkaNodePoolSpecStorageVolumes#size
        '''
        result = self._values.get("size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(self) -> typing.Optional[builtins.str]:
        '''When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).

        :schema: KafkaNodePoolSpecStorageVolumes#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class(self) -> typing.Optional[builtins.str]:
        '''Specifies ``VolumeAttributeClass`` name for dynamically configuring storage attributes.

        :schema: KafkaNodePoolSpecStorageVolumes#volumeAttributesClass
        '''
        result = self._values.get("volume_attributes_class")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecStorageVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecStorageVolumesKraftMetadata"
)
class KafkaNodePoolSpecStorageVolumesKraftMetadata(enum.Enum):
    '''Specifies whether this volume should be used for storing KRaft metadata.

    This property is optional. When set, the only currently supported value is ``shared``. At most one volume can have this property set.

    :schema: KafkaNodePoolSpecStorageVolumesKraftMetadata
    '''

    SHARED = "SHARED"
    '''shared.'''


@jsii.enum(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecStorageVolumesType"
)
class KafkaNodePoolSpecStorageVolumesType(enum.Enum):
    '''Storage type, must be either 'ephemeral' or 'persistent-claim'.

    :schema: KafkaNodePoolSpecStorageVolumesType
    '''

    EPHEMERAL = "EPHEMERAL"
    '''ephemeral.'''
    PERSISTENT_HYPHEN_CLAIM = "PERSISTENT_HYPHEN_CLAIM"
    '''persistent-claim.'''


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "init_container": "initContainer",
        "kafka_container": "kafkaContainer",
        "per_pod_ingress": "perPodIngress",
        "per_pod_route": "perPodRoute",
        "per_pod_service": "perPodService",
        "persistent_volume_claim": "persistentVolumeClaim",
        "pod": "pod",
        "pod_set": "podSet",
    },
)
class KafkaNodePoolSpecTemplate:
    def __init__(
        self,
        *,
        init_container: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        kafka_container: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        per_pod_ingress: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePerPodIngress", typing.Dict[builtins.str, typing.Any]]] = None,
        per_pod_route: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePerPodRoute", typing.Dict[builtins.str, typing.Any]]] = None,
        per_pod_service: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePerPodService", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        pod: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePod", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_set: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSet", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for pool resources.

        The template allows users to specify how the resources belonging to this pool are generated.

        :param init_container: Template for the Kafka init container.
        :param kafka_container: Template for the Kafka broker container.
        :param per_pod_ingress: Template for Kafka per-pod ``Ingress`` used for access from outside of Kubernetes.
        :param per_pod_route: Template for Kafka per-pod ``Routes`` used for access from outside of OpenShift.
        :param per_pod_service: Template for Kafka per-pod ``Services`` used for access from outside of Kubernetes.
        :param persistent_volume_claim: Template for all Kafka ``PersistentVolumeClaims``.
        :param pod: Template for Kafka ``Pods``.
        :param pod_set: Template for Kafka ``StrimziPodSet`` resource.

        :schema: KafkaNodePoolSpecTemplate
        '''
        if isinstance(init_container, dict):
            init_container = KafkaNodePoolSpecTemplateInitContainer(**init_container)
        if isinstance(kafka_container, dict):
            kafka_container = KafkaNodePoolSpecTemplateKafkaContainer(**kafka_container)
        if isinstance(per_pod_ingress, dict):
            per_pod_ingress = KafkaNodePoolSpecTemplatePerPodIngress(**per_pod_ingress)
        if isinstance(per_pod_route, dict):
            per_pod_route = KafkaNodePoolSpecTemplatePerPodRoute(**per_pod_route)
        if isinstance(per_pod_service, dict):
            per_pod_service = KafkaNodePoolSpecTemplatePerPodService(**per_pod_service)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = KafkaNodePoolSpecTemplatePersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(pod, dict):
            pod = KafkaNodePoolSpecTemplatePod(**pod)
        if isinstance(pod_set, dict):
            pod_set = KafkaNodePoolSpecTemplatePodSet(**pod_set)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__050b31ca161566d06705b8994af66f571a4b7c3a518f77b46aff5dd136d85308)
            check_type(argname="argument init_container", value=init_container, expected_type=type_hints["init_container"])
            check_type(argname="argument kafka_container", value=kafka_container, expected_type=type_hints["kafka_container"])
            check_type(argname="argument per_pod_ingress", value=per_pod_ingress, expected_type=type_hints["per_pod_ingress"])
            check_type(argname="argument per_pod_route", value=per_pod_route, expected_type=type_hints["per_pod_route"])
            check_type(argname="argument per_pod_service", value=per_pod_service, expected_type=type_hints["per_pod_service"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument pod", value=pod, expected_type=type_hints["pod"])
            check_type(argname="argument pod_set", value=pod_set, expected_type=type_hints["pod_set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if init_container is not None:
            self._values["init_container"] = init_container
        if kafka_container is not None:
            self._values["kafka_container"] = kafka_container
        if per_pod_ingress is not None:
            self._values["per_pod_ingress"] = per_pod_ingress
        if per_pod_route is not None:
            self._values["per_pod_route"] = per_pod_route
        if per_pod_service is not None:
            self._values["per_pod_service"] = per_pod_service
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if pod is not None:
            self._values["pod"] = pod
        if pod_set is not None:
            self._values["pod_set"] = pod_set

    @builtins.property
    def init_container(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainer"]:
        '''Template for the Kafka init container.

        :schema: KafkaNodePoolSpecTemplate#initContainer
        '''
        result = self._values.get("init_container")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainer"], result)

    @builtins.property
    def kafka_container(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainer"]:
        '''Template for the Kafka broker container.

        :schema: KafkaNodePoolSpecTemplate#kafkaContainer
        '''
        result = self._values.get("kafka_container")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainer"], result)

    @builtins.property
    def per_pod_ingress(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePerPodIngress"]:
        '''Template for Kafka per-pod ``Ingress`` used for access from outside of Kubernetes.

        :schema: KafkaNodePoolSpecTemplate#perPodIngress
        '''
        result = self._values.get("per_pod_ingress")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePerPodIngress"], result)

    @builtins.property
    def per_pod_route(self) -> typing.Optional["KafkaNodePoolSpecTemplatePerPodRoute"]:
        '''Template for Kafka per-pod ``Routes`` used for access from outside of OpenShift.

        :schema: KafkaNodePoolSpecTemplate#perPodRoute
        '''
        result = self._values.get("per_pod_route")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePerPodRoute"], result)

    @builtins.property
    def per_pod_service(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePerPodService"]:
        '''Template for Kafka per-pod ``Services`` used for access from outside of Kubernetes.

        :schema: KafkaNodePoolSpecTemplate#perPodService
        '''
        result = self._values.get("per_pod_service")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePerPodService"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePersistentVolumeClaim"]:
        '''Template for all Kafka ``PersistentVolumeClaims``.

        :schema: KafkaNodePoolSpecTemplate#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePersistentVolumeClaim"], result)

    @builtins.property
    def pod(self) -> typing.Optional["KafkaNodePoolSpecTemplatePod"]:
        '''Template for Kafka ``Pods``.

        :schema: KafkaNodePoolSpecTemplate#pod
        '''
        result = self._values.get("pod")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePod"], result)

    @builtins.property
    def pod_set(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodSet"]:
        '''Template for Kafka ``StrimziPodSet`` resource.

        :schema: KafkaNodePoolSpecTemplate#podSet
        '''
        result = self._values.get("pod_set")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainer",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "security_context": "securityContext",
        "volume_mounts": "volumeMounts",
    },
)
class KafkaNodePoolSpecTemplateInitContainer:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplateInitContainerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        security_context: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplateInitContainerVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Template for the Kafka init container.

        :param env: Environment variables which should be applied to the container.
        :param security_context: Security context for the container.
        :param volume_mounts: Additional volume mounts which should be applied to the container.

        :schema: KafkaNodePoolSpecTemplateInitContainer
        '''
        if isinstance(security_context, dict):
            security_context = KafkaNodePoolSpecTemplateInitContainerSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0805b93ae80f49bf7b014ecfebb2841adeeafad74f54aa6a57fb81ddfe53edf4)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if security_context is not None:
            self._values["security_context"] = security_context
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplateInitContainerEnv"]]:
        '''Environment variables which should be applied to the container.

        :schema: KafkaNodePoolSpecTemplateInitContainer#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplateInitContainerEnv"]], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContext"]:
        '''Security context for the container.

        :schema: KafkaNodePoolSpecTemplateInitContainer#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContext"], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplateInitContainerVolumeMounts"]]:
        '''Additional volume mounts which should be applied to the container.

        :schema: KafkaNodePoolSpecTemplateInitContainer#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplateInitContainerVolumeMounts"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KafkaNodePoolSpecTemplateInitContainerEnv:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: The environment variable key.
        :param value: The environment variable value.
        :param value_from: Reference to the secret or config map property to which the environment variable is set.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnv
        '''
        if isinstance(value_from, dict):
            value_from = KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83269fb2abf9137187c30344180507eb28e45a7c7fd46ea9383d9ab1636a7819)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The environment variable key.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnv#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The environment variable value.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerEnvValueFrom"]:
        '''Reference to the secret or config map property to which the environment variable is set.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KafkaNodePoolSpecTemplateInitContainerEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Reference to the secret or config map property to which the environment variable is set.

        :param config_map_key_ref: Reference to a key in a config map.
        :param secret_key_ref: Reference to a key in a secret.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9938ce1aaa3678d1026393b7c0ba9c3285e83503c74160066a547a0768f80f14)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef"]:
        '''Reference to a key in a config map.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef"]:
        '''Reference to a key in a secret.

        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Reference to a key in a config map.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__915b686593907d14ea0c932c23a3e876b814082358a9d778d91f489c17af150d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Reference to a key in a secret.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78bf44118bdff8707e3a8df3c74d7f3dbafc26bd42ba16269ee69ba643f1b123)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "app_armor_profile": "appArmorProfile",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class KafkaNodePoolSpecTemplateInitContainerSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Security context for the container.

        :param allow_privilege_escalation: 
        :param app_armor_profile: 
        :param capabilities: 
        :param privileged: 
        :param proc_mount: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_options: 
        :param windows_options: 

        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f03af7d0361552b37eb1f846b7b2dfa47f1dc48074e766542ef43c7f3123469)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile"]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities"]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile"]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions"]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions"]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"localhost_profile": "localhostProfile", "type": "type"},
)
class KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        localhost_profile: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param localhost_profile: 
        :param type: 

        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b6a910f801f1ff7e5410bc0a7bd77f4b1f3ff6e0cdcbe1ec3688e586a078921)
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1316d042fe21696180ba5ac2dffaa19aacaa30417dc346ec8e3542fad14d95a)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de3ca31693f45f45e92852a7896336a0de1c0482b8a97e5699d00a79f8b9400a)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"localhost_profile": "localhostProfile", "type": "type"},
)
class KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        localhost_profile: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param localhost_profile: 
        :param type: 

        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70c1a4a00e6e192aa2d77eb0be676b7828f535800ee645d5c1ec96f644aa4fc2)
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66546e0a4a85d0fd15108eaf6559f27d0ff513f08072bdc927f4a20f56191582)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateInitContainerVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "mount_propagation": "mountPropagation",
        "name": "name",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class KafkaNodePoolSpecTemplateInitContainerVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: typing.Optional[builtins.str] = None,
        mount_propagation: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param mount_propagation: 
        :param name: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9c506081776a460288f8a4217d6e17f86ba1c8c87a06e538238e16c03b06bff)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mount_path is not None:
            self._values["mount_path"] = mount_path
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if name is not None:
            self._values["name"] = name
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateInitContainerVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateInitContainerVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainer",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "security_context": "securityContext",
        "volume_mounts": "volumeMounts",
    },
)
class KafkaNodePoolSpecTemplateKafkaContainer:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        security_context: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Template for the Kafka broker container.

        :param env: Environment variables which should be applied to the container.
        :param security_context: Security context for the container.
        :param volume_mounts: Additional volume mounts which should be applied to the container.

        :schema: KafkaNodePoolSpecTemplateKafkaContainer
        '''
        if isinstance(security_context, dict):
            security_context = KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f2667b489ee9342e4b2ed18bbc4a2d642cf3972f4cdb924793f90fa9b79c31a)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if security_context is not None:
            self._values["security_context"] = security_context
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplateKafkaContainerEnv"]]:
        '''Environment variables which should be applied to the container.

        :schema: KafkaNodePoolSpecTemplateKafkaContainer#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplateKafkaContainerEnv"]], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContext"]:
        '''Security context for the container.

        :schema: KafkaNodePoolSpecTemplateKafkaContainer#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContext"], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts"]]:
        '''Additional volume mounts which should be applied to the container.

        :schema: KafkaNodePoolSpecTemplateKafkaContainer#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KafkaNodePoolSpecTemplateKafkaContainerEnv:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: The environment variable key.
        :param value: The environment variable value.
        :param value_from: Reference to the secret or config map property to which the environment variable is set.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnv
        '''
        if isinstance(value_from, dict):
            value_from = KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5fb8bc1d53c07175355065f8a25f63b0b0eb2f1117ff777e06aaf9ec99c29bd3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The environment variable key.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnv#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The environment variable value.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom"]:
        '''Reference to the secret or config map property to which the environment variable is set.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Reference to the secret or config map property to which the environment variable is set.

        :param config_map_key_ref: Reference to a key in a config map.
        :param secret_key_ref: Reference to a key in a secret.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__316189016da03d729de400ab536e97c50f51dd8763a2bea949dccc24362ebc77)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef"]:
        '''Reference to a key in a config map.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef"]:
        '''Reference to a key in a secret.

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Reference to a key in a config map.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d317df9ec2090217cf20f5b11313175b29d6f94a4734502108cfcb8676790e1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Reference to a key in a secret.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2dc67849036880485f0c7820d2e050787b09ab1cf794e4beb6542771883a11a6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "app_armor_profile": "appArmorProfile",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class KafkaNodePoolSpecTemplateKafkaContainerSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Security context for the container.

        :param allow_privilege_escalation: 
        :param app_armor_profile: 
        :param capabilities: 
        :param privileged: 
        :param proc_mount: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_options: 
        :param windows_options: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3aa16514734f7e4a9ad9e038a7b24357358f7066f41ff740a4b6008bf6b73be)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile"]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities"]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile"]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions"]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions"]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"localhost_profile": "localhostProfile", "type": "type"},
)
class KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        localhost_profile: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param localhost_profile: 
        :param type: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad781ee97840d653a974d6235e0239acc9ec0726325c18f9c1031933ab48d581)
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e91cb78500e619cac7cc36c805d570611bf0f5e5bdd09943e452c72363a652cf)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bdba33c1e06e149d29351d4eb9ea1d45debfcee2c51f6093cc817bb8a6cd477)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"localhost_profile": "localhostProfile", "type": "type"},
)
class KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        localhost_profile: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param localhost_profile: 
        :param type: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfa976050cf616a06790e4dc79aaadc5cec73680d06743c7cbf5621e87b9ef00)
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b737a262c40d3d6fd4454ecf0c4fec68949dfc9197c41ff03d688c4bf25be159)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "mount_propagation": "mountPropagation",
        "name": "name",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: typing.Optional[builtins.str] = None,
        mount_propagation: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param mount_propagation: 
        :param name: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab98be4cd86b1c16f87c6b78332374034aacce7750fddc76c5238a30b897abba)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mount_path is not None:
            self._values["mount_path"] = mount_path
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if name is not None:
            self._values["name"] = name
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePerPodIngress",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata"},
)
class KafkaNodePoolSpecTemplatePerPodIngress:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePerPodIngressMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for Kafka per-pod ``Ingress`` used for access from outside of Kubernetes.

        :param metadata: Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePerPodIngress
        '''
        if isinstance(metadata, dict):
            metadata = KafkaNodePoolSpecTemplatePerPodIngressMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c03dda044db4ac1937595777d1839b94f3da8165649196f69a89bae0547135d)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePerPodIngressMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePerPodIngress#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePerPodIngressMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePerPodIngress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePerPodIngressMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaNodePoolSpecTemplatePerPodIngressMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodIngressMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45aca27e06cc311f32571d017c7b877b7f0ea40a0d6cfa2247156c8c0ed66549)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodIngressMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodIngressMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePerPodIngressMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePerPodRoute",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata"},
)
class KafkaNodePoolSpecTemplatePerPodRoute:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePerPodRouteMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for Kafka per-pod ``Routes`` used for access from outside of OpenShift.

        :param metadata: Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePerPodRoute
        '''
        if isinstance(metadata, dict):
            metadata = KafkaNodePoolSpecTemplatePerPodRouteMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71ab776c3700fada2453b8ab74b087949e00b5c6a468791fdcbf8c83242e13cf)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePerPodRouteMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePerPodRoute#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePerPodRouteMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePerPodRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePerPodRouteMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaNodePoolSpecTemplatePerPodRouteMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodRouteMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51f436956aa03b91cc163e946a0679ae473f052e6bbcdc652feba82adfcc3e3c)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodRouteMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodRouteMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePerPodRouteMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePerPodService",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata"},
)
class KafkaNodePoolSpecTemplatePerPodService:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePerPodServiceMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for Kafka per-pod ``Services`` used for access from outside of Kubernetes.

        :param metadata: Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePerPodService
        '''
        if isinstance(metadata, dict):
            metadata = KafkaNodePoolSpecTemplatePerPodServiceMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__842717abc7215c3fe2095e0f059b019a97d4b9c82ab201fb1728c2fda89c04dd)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePerPodServiceMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePerPodService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePerPodServiceMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePerPodService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePerPodServiceMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaNodePoolSpecTemplatePerPodServiceMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodServiceMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03b73b259b14cd46358d788a590e8e9285aa96f1271769fd560ed7b5c55ab5c0)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodServiceMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePerPodServiceMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePerPodServiceMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata"},
)
class KafkaNodePoolSpecTemplatePersistentVolumeClaim:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for all Kafka ``PersistentVolumeClaims``.

        :param metadata: Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePersistentVolumeClaim
        '''
        if isinstance(metadata, dict):
            metadata = KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22106152278cb6cfe03c217a846507cd05eecfeb5b620c28731c69ae5c1ff04c)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePersistentVolumeClaim#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80fc6d812f07b4e6e92c4c1b8cf9a86c290769840ebae5f49e79663aae6c4c98)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePod",
    jsii_struct_bases=[],
    name_mapping={
        "affinity": "affinity",
        "dns_config": "dnsConfig",
        "dns_policy": "dnsPolicy",
        "enable_service_links": "enableServiceLinks",
        "host_aliases": "hostAliases",
        "host_users": "hostUsers",
        "image_pull_secrets": "imagePullSecrets",
        "metadata": "metadata",
        "priority_class_name": "priorityClassName",
        "scheduler_name": "schedulerName",
        "security_context": "securityContext",
        "templated_volumes": "templatedVolumes",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tmp_dir_size_limit": "tmpDirSizeLimit",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
        "volumes": "volumes",
    },
)
class KafkaNodePoolSpecTemplatePod:
    def __init__(
        self,
        *,
        affinity: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        dns_config: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodDnsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        dns_policy: typing.Optional["KafkaNodePoolSpecTemplatePodDnsPolicy"] = None,
        enable_service_links: typing.Optional[builtins.bool] = None,
        host_aliases: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodHostAliases", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_users: typing.Optional[builtins.bool] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        scheduler_name: typing.Optional[builtins.str] = None,
        security_context: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        templated_volumes: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodTemplatedVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tmp_dir_size_limit: typing.Optional[builtins.str] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodTopologySpreadConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Template for Kafka ``Pods``.

        :param affinity: The pod's affinity rules.
        :param dns_config: The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
        :param dns_policy: The pod's DNSPolicy. Defaults to ``ClusterFirst``. Valid values are ``ClusterFirstWithHostNet``, ``ClusterFirst``, ``Default`` or ``None``. Default: ClusterFirst``. Valid values are ``ClusterFirstWithHostNet``, ``ClusterFirst``, ``Default``or``None`.
        :param enable_service_links: Indicates whether information about services should be injected into Pod's environment variables.
        :param host_aliases: The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
        :param host_users: Use the host user namespace. Optional. Defaults to ``true``. When ``true`` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with ``CAP_SYS_MODULE``.When set to ``false``, the pod runs in a new user namespace. Setting ``false`` helps mitigate container breakout vulnerabilities and allows containers to run as ``root`` without granting ``root`` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the ``UserNamespacesSupport`` feature. Default: true``. When ``true``or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with``CAP_SYS_MODULE``.When set to ``false``, the pod runs in a new user namespace. Setting ``false``helps mitigate container breakout vulnerabilities and allows containers to run as``root``without granting``root``privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the``UserNamespacesSupport` feature.
        :param image_pull_secrets: List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the ``STRIMZI_IMAGE_PULL_SECRETS`` environment variable in Cluster Operator and the ``imagePullSecrets`` option are specified, only the ``imagePullSecrets`` variable is used and the ``STRIMZI_IMAGE_PULL_SECRETS`` variable is ignored.
        :param metadata: Metadata applied to the resource.
        :param priority_class_name: The name of the priority class used to assign priority to the pods.
        :param scheduler_name: The name of the scheduler used to dispatch this ``Pod``. If not specified, the default scheduler will be used.
        :param security_context: Configures pod-level security attributes and common container settings.
        :param templated_volumes: Additional volumes that can be mounted to the pod. These volumes can use templates to mount different volumes into individual Pods.
        :param termination_grace_period_seconds: The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds. Default: 30 seconds.
        :param tmp_dir_size_limit: Defines the total amount of pod memory allocated for the temporary ``EmptyDir`` volume ``/tmp``. Specify the allocation in memory units, for example, ``100Mi`` for 100 mebibytes. Default value is ``5Mi``. The ``/tmp`` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
        :param tolerations: The pod's tolerations.
        :param topology_spread_constraints: The pod's topology spread constraints.
        :param volumes: Additional volumes that can be mounted to the pod.

        :schema: KafkaNodePoolSpecTemplatePod
        '''
        if isinstance(affinity, dict):
            affinity = KafkaNodePoolSpecTemplatePodAffinity(**affinity)
        if isinstance(dns_config, dict):
            dns_config = KafkaNodePoolSpecTemplatePodDnsConfig(**dns_config)
        if isinstance(metadata, dict):
            metadata = KafkaNodePoolSpecTemplatePodMetadata(**metadata)
        if isinstance(security_context, dict):
            security_context = KafkaNodePoolSpecTemplatePodSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8e817f7aee4daec2ce30510f4f1c9227f12e719e7aa6e6bc0fe075033f55072)
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument dns_config", value=dns_config, expected_type=type_hints["dns_config"])
            check_type(argname="argument dns_policy", value=dns_policy, expected_type=type_hints["dns_policy"])
            check_type(argname="argument enable_service_links", value=enable_service_links, expected_type=type_hints["enable_service_links"])
            check_type(argname="argument host_aliases", value=host_aliases, expected_type=type_hints["host_aliases"])
            check_type(argname="argument host_users", value=host_users, expected_type=type_hints["host_users"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument scheduler_name", value=scheduler_name, expected_type=type_hints["scheduler_name"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument templated_volumes", value=templated_volumes, expected_type=type_hints["templated_volumes"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tmp_dir_size_limit", value=tmp_dir_size_limit, expected_type=type_hints["tmp_dir_size_limit"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if affinity is not None:
            self._values["affinity"] = affinity
        if dns_config is not None:
            self._values["dns_config"] = dns_config
        if dns_policy is not None:
            self._values["dns_policy"] = dns_policy
        if enable_service_links is not None:
            self._values["enable_service_links"] = enable_service_links
        if host_aliases is not None:
            self._values["host_aliases"] = host_aliases
        if host_users is not None:
            self._values["host_users"] = host_users
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if metadata is not None:
            self._values["metadata"] = metadata
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if scheduler_name is not None:
            self._values["scheduler_name"] = scheduler_name
        if security_context is not None:
            self._values["security_context"] = security_context
        if templated_volumes is not None:
            self._values["templated_volumes"] = templated_volumes
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tmp_dir_size_limit is not None:
            self._values["tmp_dir_size_limit"] = tmp_dir_size_limit
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def affinity(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinity"]:
        '''The pod's affinity rules.

        :schema: KafkaNodePoolSpecTemplatePod#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinity"], result)

    @builtins.property
    def dns_config(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodDnsConfig"]:
        '''The pod's DNSConfig.

        If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.

        :schema: KafkaNodePoolSpecTemplatePod#dnsConfig
        '''
        result = self._values.get("dns_config")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodDnsConfig"], result)

    @builtins.property
    def dns_policy(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodDnsPolicy"]:
        '''The pod's DNSPolicy.

        Defaults to ``ClusterFirst``. Valid values are ``ClusterFirstWithHostNet``, ``ClusterFirst``, ``Default`` or ``None``.

        :default: ClusterFirst``. Valid values are ``ClusterFirstWithHostNet``, ``ClusterFirst``, ``Default``or``None`.

        :schema: KafkaNodePoolSpecTemplatePod#dnsPolicy
        '''
        result = self._values.get("dns_policy")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodDnsPolicy"], result)

    @builtins.property
    def enable_service_links(self) -> typing.Optional[builtins.bool]:
        '''Indicates whether information about services should be injected into Pod's environment variables.

        :schema: KafkaNodePoolSpecTemplatePod#enableServiceLinks
        '''
        result = self._values.get("enable_service_links")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def host_aliases(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodHostAliases"]]:
        '''The pod's HostAliases.

        HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.

        :schema: KafkaNodePoolSpecTemplatePod#hostAliases
        '''
        result = self._values.get("host_aliases")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodHostAliases"]], result)

    @builtins.property
    def host_users(self) -> typing.Optional[builtins.bool]:
        '''Use the host user namespace.

        Optional. Defaults to ``true``. When ``true`` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with ``CAP_SYS_MODULE``.When set to ``false``, the pod runs in a new user namespace. Setting ``false`` helps mitigate container breakout vulnerabilities and allows containers to run as ``root`` without granting ``root`` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the ``UserNamespacesSupport`` feature.

        :default: true``. When ``true``or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with``CAP_SYS_MODULE``.When set to ``false``, the pod runs in a new user namespace. Setting ``false``helps mitigate container breakout vulnerabilities and allows containers to run as``root``without granting``root``privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the``UserNamespacesSupport` feature.

        :schema: KafkaNodePoolSpecTemplatePod#hostUsers
        '''
        result = self._values.get("host_users")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodImagePullSecrets"]]:
        '''List of references to secrets in the same namespace to use for pulling any of the images used by this Pod.

        When the ``STRIMZI_IMAGE_PULL_SECRETS`` environment variable in Cluster Operator and the ``imagePullSecrets`` option are specified, only the ``imagePullSecrets`` variable is used and the ``STRIMZI_IMAGE_PULL_SECRETS`` variable is ignored.

        :schema: KafkaNodePoolSpecTemplatePod#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodImagePullSecrets"]], result)

    @builtins.property
    def metadata(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePod#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodMetadata"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''The name of the priority class used to assign priority to the pods.

        :schema: KafkaNodePoolSpecTemplatePod#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduler_name(self) -> typing.Optional[builtins.str]:
        '''The name of the scheduler used to dispatch this ``Pod``.

        If not specified, the default scheduler will be used.

        :schema: KafkaNodePoolSpecTemplatePod#schedulerName
        '''
        result = self._values.get("scheduler_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContext"]:
        '''Configures pod-level security attributes and common container settings.

        :schema: KafkaNodePoolSpecTemplatePod#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContext"], result)

    @builtins.property
    def templated_volumes(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTemplatedVolumes"]]:
        '''Additional volumes that can be mounted to the pod.

        These volumes can use templates to mount different volumes into individual Pods.

        :schema: KafkaNodePoolSpecTemplatePod#templatedVolumes
        '''
        result = self._values.get("templated_volumes")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTemplatedVolumes"]], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal.

        Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.

        :default: 30 seconds.

        :schema: KafkaNodePoolSpecTemplatePod#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tmp_dir_size_limit(self) -> typing.Optional[builtins.str]:
        '''Defines the total amount of pod memory allocated for the temporary ``EmptyDir`` volume ``/tmp``.

        Specify the allocation in memory units, for example, ``100Mi`` for 100 mebibytes. Default value is ``5Mi``. The ``/tmp`` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.

        :schema: KafkaNodePoolSpecTemplatePod#tmpDirSizeLimit
        '''
        result = self._values.get("tmp_dir_size_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTolerations"]]:
        '''The pod's tolerations.

        :schema: KafkaNodePoolSpecTemplatePod#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTopologySpreadConstraints"]]:
        '''The pod's topology spread constraints.

        :schema: KafkaNodePoolSpecTemplatePod#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTopologySpreadConstraints"]], result)

    @builtins.property
    def volumes(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodVolumes"]]:
        '''Additional volumes that can be mounted to the pod.

        :schema: KafkaNodePoolSpecTemplatePod#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "node_affinity": "nodeAffinity",
        "pod_affinity": "podAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class KafkaNodePoolSpecTemplatePodAffinity:
    def __init__(
        self,
        *,
        node_affinity: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_affinity: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_anti_affinity: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The pod's affinity rules.

        :param node_affinity: 
        :param pod_affinity: 
        :param pod_anti_affinity: 

        :schema: KafkaNodePoolSpecTemplatePodAffinity
        '''
        if isinstance(node_affinity, dict):
            node_affinity = KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(**node_affinity)
        if isinstance(pod_affinity, dict):
            pod_affinity = KafkaNodePoolSpecTemplatePodAffinityPodAffinity(**pod_affinity)
        if isinstance(pod_anti_affinity, dict):
            pod_anti_affinity = KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(**pod_anti_affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edf690d7759cc728a807ffa9d21c7ee6e8261d500d1ad016e9ff378b3646aff9)
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
            check_type(argname="argument pod_affinity", value=pod_affinity, expected_type=type_hints["pod_affinity"])
            check_type(argname="argument pod_anti_affinity", value=pod_anti_affinity, expected_type=type_hints["pod_anti_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_affinity is not None:
            self._values["node_affinity"] = node_affinity
        if pod_affinity is not None:
            self._values["pod_affinity"] = pod_affinity
        if pod_anti_affinity is not None:
            self._values["pod_anti_affinity"] = pod_anti_affinity

    @builtins.property
    def node_affinity(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityNodeAffinity"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityNodeAffinity"], result)

    @builtins.property
    def pod_affinity(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinity"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinity#podAffinity
        '''
        result = self._values.get("pod_affinity")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinity"], result)

    @builtins.property
    def pod_anti_affinity(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity
        '''
        if isinstance(required_during_scheduling_ignored_during_execution, dict):
            required_during_scheduling_ignored_during_execution = KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(**required_during_scheduling_ignored_during_execution)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e3153604c3d8b4e51bc372760ff6c0930227ec47e4cf7f6ce4516ab60e1fe14)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"preference": "preference", "weight": "weight"},
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        preference: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param preference: 
        :param weight: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(preference, dict):
            preference = KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(**preference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b11f4b9e5e9e6eacafd75d4c0fc1b4c8a41e971fc4c4bbf15ffee781ad2d824)
            check_type(argname="argument preference", value=preference, expected_type=type_hints["preference"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preference is not None:
            self._values["preference"] = preference
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def preference(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
        '''
        result = self._values.get("preference")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_fields: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e35c7b033429b89df39aaee94382df7587ac7d46538efb12874641310ca9c093)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_fields", value=match_fields, expected_type=type_hints["match_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_fields is not None:
            self._values["match_fields"] = match_fields

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6389dcf4977a08fdf470631637a3f5e5b42b44be6668d41f9bb4bbd66d424a0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6e698aecce97f6d11981fa419fc3a7c8ff846505963f65e284b6f26791cebb1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"node_selector_terms": "nodeSelectorTerms"},
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        node_selector_terms: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param node_selector_terms: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29e307deac755df8273a7de0e8c57052e8b1bc460c5417cca752be9c4419dd0a)
            check_type(argname="argument node_selector_terms", value=node_selector_terms, expected_type=type_hints["node_selector_terms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_selector_terms is not None:
            self._values["node_selector_terms"] = node_selector_terms

    @builtins.property
    def node_selector_terms(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
        '''
        result = self._values.get("node_selector_terms")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_fields: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0fa213770876c981ad2e66d56411185126e2621bc019b6c58749865eb7c853ee)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_fields", value=match_fields, expected_type=type_hints["match_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_fields is not None:
            self._values["match_fields"] = match_fields

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__566aa625a963f991e992f1804b8381fea7d4be09813bafb7ddacc986662437ca)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__773bf6a0a25654e451270841290bd7cee84ef467030fe097601ee0ea8f0ee049)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50b3118c12b68b9149664dd008c27d8df4bbb644bd1cfc7472540763e3318d2b)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"pod_affinity_term": "podAffinityTerm", "weight": "weight"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        pod_affinity_term: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param pod_affinity_term: 
        :param weight: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(pod_affinity_term, dict):
            pod_affinity_term = KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(**pod_affinity_term)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3162158cb2ed0cc457b04e20156110509f6aa971462123d5641763353285f52)
            check_type(argname="argument pod_affinity_term", value=pod_affinity_term, expected_type=type_hints["pod_affinity_term"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_affinity_term is not None:
            self._values["pod_affinity_term"] = pod_affinity_term
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def pod_affinity_term(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
        '''
        result = self._values.get("pod_affinity_term")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
        '''
        if isinstance(label_selector, dict):
            label_selector = KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ff00e46f66c1ff4d6c44d2754ff24882106e54400a8db7198a56b519887cc9c)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1dd675921fb11af9fd1f23bc232fb23a31264fc770352384e21256ad65befc61)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9d821fa3621360cf958db5cc65102133a358f6b75d62f4a41821dfd7193c30e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e11f6dc0f987fbcbd05ad3d95a25c6ae7e91ef28c3e94b809e499fa826833e3)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2bc850cbda91cd429e24955fec45a2c549321ad5afcb2d365116c19ab539d659)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(label_selector, dict):
            label_selector = KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af63427aaffaf88d8ba82de591100107cfa5394d66c24a505aaa0dbea6cc71ce)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb5267db56f527127a1f16704b755d5f1fd3e7029a1bdd82495cf5a1266fe4a0)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bf421922aa5c6c7f5940d461673f5de2d557349e2052397ed15b10648d5b97d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82d591072ea63fd753edb611f640840caa852d84064a1cff314cf8acd3bbc643)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ace917688a8767267f2d2f33cfab2d04fa8d82a7fdb2a819c698810ddaa0899)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc85c12a4e0edd5879609f4b79a29dbf2168167c80ee66ea9b2cfaf15ebf0123)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"pod_affinity_term": "podAffinityTerm", "weight": "weight"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        pod_affinity_term: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param pod_affinity_term: 
        :param weight: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(pod_affinity_term, dict):
            pod_affinity_term = KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(**pod_affinity_term)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15f5d5e1c8c306c3c3ad610bc42a2a8b6281679c8b0a44f87a35999520b05a6e)
            check_type(argname="argument pod_affinity_term", value=pod_affinity_term, expected_type=type_hints["pod_affinity_term"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_affinity_term is not None:
            self._values["pod_affinity_term"] = pod_affinity_term
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def pod_affinity_term(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
        '''
        result = self._values.get("pod_affinity_term")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
        '''
        if isinstance(label_selector, dict):
            label_selector = KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__46befd2015d11a95d9a599ed739b135669c260ef10b4c34973d585bf10121db9)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a95b976306dbb0e0df6f107838b3dd6a0171b897e361370286572323d070008d)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce27d8b5526d9830905585ba3d5306151ff6df77cee92488c33e9d891503238b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f367a8a24bf69fad165c25a54eb53964b3d8d0d8d2931ec4f3ab394373dbb2b)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e91f03f647a3e7fca277ba869fdc3af2a946cc359578be30a05560bd0cf1036c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(label_selector, dict):
            label_selector = KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae18c664e628eaa6abd6334ead73a34548862dd1f80c3c7c8ae9700866f09430)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b338b264c699cf64271ceab5bd7ba8c5a6c8e9249d73a969493619b72f1bf180)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b897c805781f9237016be338dba41e9470b990bd89f8a976b8e90d6c236f8849)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b8a6a2374d3c48fc3a36a92a0489b6ce67d22ac6703b75a493de0b6fd8e2ec6)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95082ace6aac23ec7d1cba8870b3009f9f731955061fbeaf3c98e9b7d62d38bd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodDnsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "nameservers": "nameservers",
        "options": "options",
        "searches": "searches",
    },
)
class KafkaNodePoolSpecTemplatePodDnsConfig:
    def __init__(
        self,
        *,
        nameservers: typing.Optional[typing.Sequence[builtins.str]] = None,
        options: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodDnsConfigOptions", typing.Dict[builtins.str, typing.Any]]]] = None,
        searches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''The pod's DNSConfig.

        If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.

        :param nameservers: 
        :param options: 
        :param searches: 

        :schema: KafkaNodePoolSpecTemplatePodDnsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__728046f4b69f2232df15c3eef398f36fee2011ef4d78d6648f6c590706d8e9dd)
            check_type(argname="argument nameservers", value=nameservers, expected_type=type_hints["nameservers"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument searches", value=searches, expected_type=type_hints["searches"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if nameservers is not None:
            self._values["nameservers"] = nameservers
        if options is not None:
            self._values["options"] = options
        if searches is not None:
            self._values["searches"] = searches

    @builtins.property
    def nameservers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodDnsConfig#nameservers
        '''
        result = self._values.get("nameservers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def options(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodDnsConfigOptions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodDnsConfig#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodDnsConfigOptions"]], result)

    @builtins.property
    def searches(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodDnsConfig#searches
        '''
        result = self._values.get("searches")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodDnsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodDnsConfigOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KafkaNodePoolSpecTemplatePodDnsConfigOptions:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: KafkaNodePoolSpecTemplatePodDnsConfigOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c236e89cc2d9f09ee39b37a991493305b46b62056c1da3926a7977b091173049)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodDnsConfigOptions#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodDnsConfigOptions#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodDnsConfigOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodDnsPolicy"
)
class KafkaNodePoolSpecTemplatePodDnsPolicy(enum.Enum):
    '''The pod's DNSPolicy.

    Defaults to ``ClusterFirst``. Valid values are ``ClusterFirstWithHostNet``, ``ClusterFirst``, ``Default`` or ``None``.

    :default: ClusterFirst``. Valid values are ``ClusterFirstWithHostNet``, ``ClusterFirst``, ``Default``or``None`.

    :schema: KafkaNodePoolSpecTemplatePodDnsPolicy
    '''

    CLUSTER_FIRST = "CLUSTER_FIRST"
    '''ClusterFirst.'''
    CLUSTER_FIRST_WITH_HOST_NET = "CLUSTER_FIRST_WITH_HOST_NET"
    '''ClusterFirstWithHostNet.'''
    DEFAULT = "DEFAULT"
    '''Default.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodHostAliases",
    jsii_struct_bases=[],
    name_mapping={"hostnames": "hostnames", "ip": "ip"},
)
class KafkaNodePoolSpecTemplatePodHostAliases:
    def __init__(
        self,
        *,
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        ip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param hostnames: 
        :param ip: 

        :schema: KafkaNodePoolSpecTemplatePodHostAliases
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72249e54468919c83da1356d384010f20cd3d89722aa41940b79fe83e9315c96)
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument ip", value=ip, expected_type=type_hints["ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if ip is not None:
            self._values["ip"] = ip

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodHostAliases#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ip(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodHostAliases#ip
        '''
        result = self._values.get("ip")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodHostAliases(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class KafkaNodePoolSpecTemplatePodImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: KafkaNodePoolSpecTemplatePodImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__309f71e18842007ae15403e7234b12901c7366578b417c65bac95b2ec41db470)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaNodePoolSpecTemplatePodMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePodMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__909f5da372a9ed285fd3fed45de336d294b3a1e9e362c242e4fdd62f45a30757)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePodMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePodMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "app_armor_profile": "appArmorProfile",
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_change_policy": "seLinuxChangePolicy",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "supplemental_groups_policy": "supplementalGroupsPolicy",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class KafkaNodePoolSpecTemplatePodSecurityContext:
    def __init__(
        self,
        *,
        app_armor_profile: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_change_policy: typing.Optional[builtins.str] = None,
        se_linux_options: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        supplemental_groups_policy: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodSecurityContextSysctls", typing.Dict[builtins.str, typing.Any]]]] = None,
        windows_options: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configures pod-level security attributes and common container settings.

        :param app_armor_profile: 
        :param fs_group: 
        :param fs_group_change_policy: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_change_policy: 
        :param se_linux_options: 
        :param supplemental_groups: 
        :param supplemental_groups_policy: 
        :param sysctls: 
        :param windows_options: 

        :schema: KafkaNodePoolSpecTemplatePodSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85cbb4ae4c8b31d3a996c17e107b42a8c5fd1548c856b844e5a6cd565c8f83ae)
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_change_policy", value=se_linux_change_policy, expected_type=type_hints["se_linux_change_policy"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument supplemental_groups_policy", value=supplemental_groups_policy, expected_type=type_hints["supplemental_groups_policy"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_change_policy is not None:
            self._values["se_linux_change_policy"] = se_linux_change_policy
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if supplemental_groups_policy is not None:
            self._values["supplemental_groups_policy"] = supplemental_groups_policy
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile"], result)

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_change_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#seLinuxChangePolicy
        '''
        result = self._values.get("se_linux_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def supplemental_groups_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#supplementalGroupsPolicy
        '''
        result = self._values.get("supplemental_groups_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodSecurityContextSysctls"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodSecurityContextSysctls"]], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"localhost_profile": "localhostProfile", "type": "type"},
)
class KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        localhost_profile: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param localhost_profile: 
        :param type: 

        :schema: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22b6fc49a81ac2c97eb0180e4ad8fe2ba9150fbf140726b8439132b8e405a1a7)
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e7f4e17926b9dea8e64862c6c229be5c3ed3762390febfcbed487be4a186e00)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"localhost_profile": "localhostProfile", "type": "type"},
)
class KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        localhost_profile: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param localhost_profile: 
        :param type: 

        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59f8315d63a8198b1bd97ae8a1de615897429b574d939b423561654236ad65fc)
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSecurityContextSysctls",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KafkaNodePoolSpecTemplatePodSecurityContextSysctls:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 

        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSysctls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6f4b591c42ce6a5c85b167f6888935725c93cb453afac419ffe2fb8c48d0291)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSysctls#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextSysctls#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSecurityContextSysctls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc749a1d04fe74a867f3abe6a5a710f3fcca4aa514bb8b83501fc4037ab073ad)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSet",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata"},
)
class KafkaNodePoolSpecTemplatePodSet:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodSetMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for Kafka ``StrimziPodSet`` resource.

        :param metadata: Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePodSet
        '''
        if isinstance(metadata, dict):
            metadata = KafkaNodePoolSpecTemplatePodSetMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28ea41fba214794c6196d3e0e585b7ede5b0828bc341e8a16ce0aae1f1e5e31f)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def metadata(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodSetMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaNodePoolSpecTemplatePodSet#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodSetMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodSetMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaNodePoolSpecTemplatePodSetMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePodSetMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__115679f4f357228e7f2c12bc39d0833e120e2aa01a9b3c8b730cd9aca4b7807b)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePodSetMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaNodePoolSpecTemplatePodSetMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodSetMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTemplatedVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "name": "name",
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class KafkaNodePoolSpecTemplatePodTemplatedVolumes:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        persistent_volume_claim: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: ``ConfigMap`` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.
        :param name: Name to use for the volume. Required.
        :param persistent_volume_claim: ``PersistentVolumeClaim`` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.
        :param secret: ``Secret`` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumes
        '''
        if isinstance(config_map, dict):
            config_map = KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(**config_map)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(secret, dict):
            secret = KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab3ae7e06cdfea591254d57d4d47687be2ff3e558f4255a5ad61e59128cc3c2e)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if name is not None:
            self._values["name"] = name
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap"]:
        '''``ConfigMap`` to use to populate the volume.

        The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name to use for the volume.

        Required.

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumes#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim"]:
        '''``PersistentVolumeClaim`` object to use to populate the volume.

        The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret"]:
        '''``Secret`` to use to populate the volume.

        The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTemplatedVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''``ConfigMap`` to use to populate the volume.

        The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7a4ccd19440554a3a7c214d176a10f66c0f1bba77953bb1b0ced52025925bff)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "mode": "mode", "path": "path"},
)
class KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[jsii.Number] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param mode: 
        :param path: 

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f2b32c818cc3afa94b75d49d6ac57ba8e07a6d3571ccba0ae2e292c344290a88)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''``PersistentVolumeClaim`` object to use to populate the volume.

        The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :param claim_name: 
        :param read_only: 

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1987e11295a36292abe3d2cbef0f783344b73f71257140c2757152fcf062be01)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claim_name is not None:
            self._values["claim_name"] = claim_name
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''``Secret`` to use to populate the volume.

        The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are ``{nodeId}`` and ``{nodePodName}``.

        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d25f200e6b2c3d1665e8d693b98fed996d2f0a409f03992077e7224f58ff054c)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "mode": "mode", "path": "path"},
)
class KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[jsii.Number] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param mode: 
        :param path: 

        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3f6f00958d65f027de8694c589107f60c3f80d5def1a052b1828cc7200509a8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class KafkaNodePoolSpecTemplatePodTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: KafkaNodePoolSpecTemplatePodTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__908f9bd5b4d7249a6154aa1c866d0efed8a753f7b4b7917e7f0ae93b4fffbea3)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTopologySpreadConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "max_skew": "maxSkew",
        "min_domains": "minDomains",
        "node_affinity_policy": "nodeAffinityPolicy",
        "node_taints_policy": "nodeTaintsPolicy",
        "topology_key": "topologyKey",
        "when_unsatisfiable": "whenUnsatisfiable",
    },
)
class KafkaNodePoolSpecTemplatePodTopologySpreadConstraints:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_skew: typing.Optional[jsii.Number] = None,
        min_domains: typing.Optional[jsii.Number] = None,
        node_affinity_policy: typing.Optional[builtins.str] = None,
        node_taints_policy: typing.Optional[builtins.str] = None,
        topology_key: typing.Optional[builtins.str] = None,
        when_unsatisfiable: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param max_skew: 
        :param min_domains: 
        :param node_affinity_policy: 
        :param node_taints_policy: 
        :param topology_key: 
        :param when_unsatisfiable: 

        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints
        '''
        if isinstance(label_selector, dict):
            label_selector = KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94b329ca6ca2ae797c55e3f66c19326e115df2f706ab2962b8dc6f64141d8c77)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument max_skew", value=max_skew, expected_type=type_hints["max_skew"])
            check_type(argname="argument min_domains", value=min_domains, expected_type=type_hints["min_domains"])
            check_type(argname="argument node_affinity_policy", value=node_affinity_policy, expected_type=type_hints["node_affinity_policy"])
            check_type(argname="argument node_taints_policy", value=node_taints_policy, expected_type=type_hints["node_taints_policy"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument when_unsatisfiable", value=when_unsatisfiable, expected_type=type_hints["when_unsatisfiable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if max_skew is not None:
            self._values["max_skew"] = max_skew
        if min_domains is not None:
            self._values["min_domains"] = min_domains
        if node_affinity_policy is not None:
            self._values["node_affinity_policy"] = node_affinity_policy
        if node_taints_policy is not None:
            self._values["node_taints_policy"] = node_taints_policy
        if topology_key is not None:
            self._values["topology_key"] = topology_key
        if when_unsatisfiable is not None:
            self._values["when_unsatisfiable"] = when_unsatisfiable

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_skew(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#maxSkew
        '''
        result = self._values.get("max_skew")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_domains(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#minDomains
        '''
        result = self._values.get("min_domains")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_affinity_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
        '''
        result = self._values.get("node_affinity_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_taints_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
        '''
        result = self._values.get("node_taints_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def when_unsatisfiable(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#whenUnsatisfiable
        '''
        result = self._values.get("when_unsatisfiable")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58bfeaef135dffec3d0caa24929d495792729ec3a13f0a8397e544e9cd7dc35c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcd042269f6bada41a6973b859c2ef56e4fa9ca65061a609c181e980a0193f73)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "csi": "csi",
        "empty_dir": "emptyDir",
        "image": "image",
        "name": "name",
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class KafkaNodePoolSpecTemplatePodVolumes:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        csi: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        image: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesImage", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        persistent_volume_claim: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map: ``ConfigMap`` to use to populate the volume.
        :param csi: ``CSIVolumeSource`` object to use to populate the volume.
        :param empty_dir: ``EmptyDir`` to use to populate the volume.
        :param image: ``ImageVolumeSource`` object to use to populate the volume.
        :param name: Name to use for the volume. Required.
        :param persistent_volume_claim: ``PersistentVolumeClaim`` object to use to populate the volume.
        :param secret: ``Secret`` to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes
        '''
        if isinstance(config_map, dict):
            config_map = KafkaNodePoolSpecTemplatePodVolumesConfigMap(**config_map)
        if isinstance(csi, dict):
            csi = KafkaNodePoolSpecTemplatePodVolumesCsi(**csi)
        if isinstance(empty_dir, dict):
            empty_dir = KafkaNodePoolSpecTemplatePodVolumesEmptyDir(**empty_dir)
        if isinstance(image, dict):
            image = KafkaNodePoolSpecTemplatePodVolumesImage(**image)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(secret, dict):
            secret = KafkaNodePoolSpecTemplatePodVolumesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5874e13dfaa6b70ae91279929d3abb7582802b462299822b3e781b6a291a346)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument csi", value=csi, expected_type=type_hints["csi"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if csi is not None:
            self._values["csi"] = csi
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if image is not None:
            self._values["image"] = image
        if name is not None:
            self._values["name"] = name
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesConfigMap"]:
        '''``ConfigMap`` to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesConfigMap"], result)

    @builtins.property
    def csi(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesCsi"]:
        '''``CSIVolumeSource`` object to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesCsi"], result)

    @builtins.property
    def empty_dir(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesEmptyDir"]:
        '''``EmptyDir`` to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesEmptyDir"], result)

    @builtins.property
    def image(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesImage"]:
        '''``ImageVolumeSource`` object to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesImage"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name to use for the volume.

        Required.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim"]:
        '''``PersistentVolumeClaim`` object to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def secret(self) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesSecret"]:
        '''``Secret`` to use to populate the volume.

        :schema: KafkaNodePoolSpecTemplatePodVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class KafkaNodePoolSpecTemplatePodVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''``ConfigMap`` to use to populate the volume.

        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d8b7b21e7a90a24c7f6cb741fee9264e1e4c3583c79cde1e9883d13d5469756)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodVolumesConfigMapItems"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "mode": "mode", "path": "path"},
)
class KafkaNodePoolSpecTemplatePodVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[jsii.Number] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param mode: 
        :param path: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f06a01dfc423ffec9b978db5e2da585f055c367862233a50b683cd46362dba18)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class KafkaNodePoolSpecTemplatePodVolumesCsi:
    def __init__(
        self,
        *,
        driver: typing.Optional[builtins.str] = None,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''``CSIVolumeSource`` object to use to populate the volume.

        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: 
        :param read_only: 
        :param volume_attributes: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4b06ff87b91e88e9535dd307866cb13f01cef8eddf77bee08aeedb2d153795c)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument node_publish_secret_ref", value=node_publish_secret_ref, expected_type=type_hints["node_publish_secret_ref"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument volume_attributes", value=volume_attributes, expected_type=type_hints["volume_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if driver is not None:
            self._values["driver"] = driver
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if node_publish_secret_ref is not None:
            self._values["node_publish_secret_ref"] = node_publish_secret_ref
        if read_only is not None:
            self._values["read_only"] = read_only
        if volume_attributes is not None:
            self._values["volume_attributes"] = volume_attributes

    @builtins.property
    def driver(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesCsi#driver
        '''
        result = self._values.get("driver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef"]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dad965dbf0ebac1377952b950dd6bd064a3913f6c7edd10dafcfcb7eb23400cd)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class KafkaNodePoolSpecTemplatePodVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional["KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium"] = None,
        size_limit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''``EmptyDir`` to use to populate the volume.

        :param medium: Medium represents the type of storage medium should back this volume. Valid values are unset or ``Memory``. When not set, it will use the node's default medium.
        :param size_limit: The total amount of local storage required for this EmptyDir volume (for example 1Gi).

        :schema: KafkaNodePoolSpecTemplatePodVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbca7efff744a5750004e89c0ed310b68f7324b6707c4fd35226be139a29167a)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(
        self,
    ) -> typing.Optional["KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium"]:
        '''Medium represents the type of storage medium should back this volume.

        Valid values are unset or ``Memory``. When not set, it will use the node's default medium.

        :schema: KafkaNodePoolSpecTemplatePodVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional["KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium"], result)

    @builtins.property
    def size_limit(self) -> typing.Optional[builtins.str]:
        '''The total amount of local storage required for this EmptyDir volume (for example 1Gi).

        :schema: KafkaNodePoolSpecTemplatePodVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium"
)
class KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium(enum.Enum):
    '''Medium represents the type of storage medium should back this volume.

    Valid values are unset or ``Memory``. When not set, it will use the node's default medium.

    :schema: KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium
    '''

    MEMORY = "MEMORY"
    '''Memory.'''


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesImage",
    jsii_struct_bases=[],
    name_mapping={"pull_policy": "pullPolicy", "reference": "reference"},
)
class KafkaNodePoolSpecTemplatePodVolumesImage:
    def __init__(
        self,
        *,
        pull_policy: typing.Optional[builtins.str] = None,
        reference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''``ImageVolumeSource`` object to use to populate the volume.

        :param pull_policy: 
        :param reference: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesImage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31295c223c332c1a84b2407680115c97f54421c5d1be740b6f6fc3c0b679ae00)
            check_type(argname="argument pull_policy", value=pull_policy, expected_type=type_hints["pull_policy"])
            check_type(argname="argument reference", value=reference, expected_type=type_hints["reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pull_policy is not None:
            self._values["pull_policy"] = pull_policy
        if reference is not None:
            self._values["reference"] = reference

    @builtins.property
    def pull_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesImage#pullPolicy
        '''
        result = self._values.get("pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reference(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesImage#reference
        '''
        result = self._values.get("reference")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesImage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''``PersistentVolumeClaim`` object to use to populate the volume.

        :param claim_name: 
        :param read_only: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3bf45ebd65b915ed031f9138bdb919465f15a7be28a24df84251d5b96fccfc5)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claim_name is not None:
            self._values["claim_name"] = claim_name
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class KafkaNodePoolSpecTemplatePodVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["KafkaNodePoolSpecTemplatePodVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''``Secret`` to use to populate the volume.

        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4733e5a2a3a724ee704a7baa08fb3fd757e7f926e869b0599a5ad948f0050ec)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodVolumesSecretItems"]]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["KafkaNodePoolSpecTemplatePodVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkanodepool_iostrimzikafka.KafkaNodePoolSpecTemplatePodVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "mode": "mode", "path": "path"},
)
class KafkaNodePoolSpecTemplatePodVolumesSecretItems:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        mode: typing.Optional[jsii.Number] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param mode: 
        :param path: 

        :schema: KafkaNodePoolSpecTemplatePodVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c68f8c9823bd3d2e041ebbc3b0ad18dcc9716c440d3b7ddf47c6422e3abff1cd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if mode is not None:
            self._values["mode"] = mode
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecretItems#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaNodePoolSpecTemplatePodVolumesSecretItems#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaNodePoolSpecTemplatePodVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "KafkaNodePool",
    "KafkaNodePoolProps",
    "KafkaNodePoolSpec",
    "KafkaNodePoolSpecJvmOptions",
    "KafkaNodePoolSpecJvmOptionsJavaSystemProperties",
    "KafkaNodePoolSpecResources",
    "KafkaNodePoolSpecResourcesClaims",
    "KafkaNodePoolSpecResourcesLimits",
    "KafkaNodePoolSpecResourcesRequests",
    "KafkaNodePoolSpecRoles",
    "KafkaNodePoolSpecStorage",
    "KafkaNodePoolSpecStorageKraftMetadata",
    "KafkaNodePoolSpecStorageType",
    "KafkaNodePoolSpecStorageVolumes",
    "KafkaNodePoolSpecStorageVolumesKraftMetadata",
    "KafkaNodePoolSpecStorageVolumesType",
    "KafkaNodePoolSpecTemplate",
    "KafkaNodePoolSpecTemplateInitContainer",
    "KafkaNodePoolSpecTemplateInitContainerEnv",
    "KafkaNodePoolSpecTemplateInitContainerEnvValueFrom",
    "KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef",
    "KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef",
    "KafkaNodePoolSpecTemplateInitContainerSecurityContext",
    "KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile",
    "KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities",
    "KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions",
    "KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile",
    "KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions",
    "KafkaNodePoolSpecTemplateInitContainerVolumeMounts",
    "KafkaNodePoolSpecTemplateKafkaContainer",
    "KafkaNodePoolSpecTemplateKafkaContainerEnv",
    "KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom",
    "KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef",
    "KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef",
    "KafkaNodePoolSpecTemplateKafkaContainerSecurityContext",
    "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile",
    "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities",
    "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions",
    "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile",
    "KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions",
    "KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts",
    "KafkaNodePoolSpecTemplatePerPodIngress",
    "KafkaNodePoolSpecTemplatePerPodIngressMetadata",
    "KafkaNodePoolSpecTemplatePerPodRoute",
    "KafkaNodePoolSpecTemplatePerPodRouteMetadata",
    "KafkaNodePoolSpecTemplatePerPodService",
    "KafkaNodePoolSpecTemplatePerPodServiceMetadata",
    "KafkaNodePoolSpecTemplatePersistentVolumeClaim",
    "KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata",
    "KafkaNodePoolSpecTemplatePod",
    "KafkaNodePoolSpecTemplatePodAffinity",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinity",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinity",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    "KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodDnsConfig",
    "KafkaNodePoolSpecTemplatePodDnsConfigOptions",
    "KafkaNodePoolSpecTemplatePodDnsPolicy",
    "KafkaNodePoolSpecTemplatePodHostAliases",
    "KafkaNodePoolSpecTemplatePodImagePullSecrets",
    "KafkaNodePoolSpecTemplatePodMetadata",
    "KafkaNodePoolSpecTemplatePodSecurityContext",
    "KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile",
    "KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions",
    "KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile",
    "KafkaNodePoolSpecTemplatePodSecurityContextSysctls",
    "KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions",
    "KafkaNodePoolSpecTemplatePodSet",
    "KafkaNodePoolSpecTemplatePodSetMetadata",
    "KafkaNodePoolSpecTemplatePodTemplatedVolumes",
    "KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap",
    "KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems",
    "KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim",
    "KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret",
    "KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems",
    "KafkaNodePoolSpecTemplatePodTolerations",
    "KafkaNodePoolSpecTemplatePodTopologySpreadConstraints",
    "KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector",
    "KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions",
    "KafkaNodePoolSpecTemplatePodVolumes",
    "KafkaNodePoolSpecTemplatePodVolumesConfigMap",
    "KafkaNodePoolSpecTemplatePodVolumesConfigMapItems",
    "KafkaNodePoolSpecTemplatePodVolumesCsi",
    "KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef",
    "KafkaNodePoolSpecTemplatePodVolumesEmptyDir",
    "KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium",
    "KafkaNodePoolSpecTemplatePodVolumesImage",
    "KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim",
    "KafkaNodePoolSpecTemplatePodVolumesSecret",
    "KafkaNodePoolSpecTemplatePodVolumesSecretItems",
]

publication.publish()

def _typecheckingstub__86e29e3f9abe5c261a75fe046d2642b9011cc1104df468ad268a51ef924db0e4(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[KafkaNodePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ddc0b4b2bd5e0c0752e40acf2e2fd70a45e95ec3258f855d709decd4e856fa4(
    *,
    spec: typing.Union[KafkaNodePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cde2cfdcbcad984a3df5f3d15c10af64a1826765a6e20865667e820cfe7f0ef(
    *,
    replicas: jsii.Number,
    roles: typing.Sequence[KafkaNodePoolSpecRoles],
    storage: typing.Union[KafkaNodePoolSpecStorage, typing.Dict[builtins.str, typing.Any]],
    jvm_options: typing.Optional[typing.Union[KafkaNodePoolSpecJvmOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[KafkaNodePoolSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    template: typing.Optional[typing.Union[KafkaNodePoolSpecTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e5462a47a7e01a53b46c925244a314c980e8f6f651d9b5efdcc8b6676df130a(
    *,
    gc_logging_enabled: typing.Optional[builtins.bool] = None,
    java_system_properties: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecJvmOptionsJavaSystemProperties, typing.Dict[builtins.str, typing.Any]]]] = None,
    xms: typing.Optional[builtins.str] = None,
    xmx: typing.Optional[builtins.str] = None,
    xx: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d02bd2b214328f2249b1ede9b713a231e75399d803c88c98512793495ca69544(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93bdf2ca48b345b44466c1e4c7a841e6a5b75ba9930bfefeebb85a0993d895c4(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, KafkaNodePoolSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, KafkaNodePoolSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b68253b382c70f73e191db2cb40d0c3231875e268c243760023454114e9fa6e(
    *,
    name: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ecddd3c4dffbea3c5158e2a475f9755c441c87311fa707f79bf3e9ecb9d33a4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8086bb81ef884665f8908d0af4a97fa034567fdb4806fb311a18c595be7e6bea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f2335f6bd9e72bac3d1151c1645feb949e946e17e1aa8d18e21ffdf98533df2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70ffaeae786edb87360d6fd90ba948c36cf822a6fc1a030904de3bd33486e516(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2322bc43b98ebb37d905ece2283082291ff14c9527de0e456e18a9e35d77db02(
    *,
    type: KafkaNodePoolSpecStorageType,
    class_: typing.Optional[builtins.str] = None,
    delete_claim: typing.Optional[builtins.bool] = None,
    id: typing.Optional[jsii.Number] = None,
    kraft_metadata: typing.Optional[KafkaNodePoolSpecStorageKraftMetadata] = None,
    selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    size: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[builtins.str] = None,
    volume_attributes_class: typing.Optional[builtins.str] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecStorageVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d258af708f070fb7882f687761bcbc68197f6cdce73bff8bb4fddee660ca9d2f(
    *,
    type: KafkaNodePoolSpecStorageVolumesType,
    class_: typing.Optional[builtins.str] = None,
    delete_claim: typing.Optional[builtins.bool] = None,
    id: typing.Optional[jsii.Number] = None,
    kraft_metadata: typing.Optional[KafkaNodePoolSpecStorageVolumesKraftMetadata] = None,
    selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    size: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[builtins.str] = None,
    volume_attributes_class: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__050b31ca161566d06705b8994af66f571a4b7c3a518f77b46aff5dd136d85308(
    *,
    init_container: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    kafka_container: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    per_pod_ingress: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePerPodIngress, typing.Dict[builtins.str, typing.Any]]] = None,
    per_pod_route: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePerPodRoute, typing.Dict[builtins.str, typing.Any]]] = None,
    per_pod_service: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePerPodService, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    pod: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePod, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_set: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSet, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0805b93ae80f49bf7b014ecfebb2841adeeafad74f54aa6a57fb81ddfe53edf4(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplateInitContainerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    security_context: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplateInitContainerVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83269fb2abf9137187c30344180507eb28e45a7c7fd46ea9383d9ab1636a7819(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9938ce1aaa3678d1026393b7c0ba9c3285e83503c74160066a547a0768f80f14(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__915b686593907d14ea0c932c23a3e876b814082358a9d778d91f489c17af150d(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78bf44118bdff8707e3a8df3c74d7f3dbafc26bd42ba16269ee69ba643f1b123(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f03af7d0361552b37eb1f846b7b2dfa47f1dc48074e766542ef43c7f3123469(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b6a910f801f1ff7e5410bc0a7bd77f4b1f3ff6e0cdcbe1ec3688e586a078921(
    *,
    localhost_profile: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1316d042fe21696180ba5ac2dffaa19aacaa30417dc346ec8e3542fad14d95a(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de3ca31693f45f45e92852a7896336a0de1c0482b8a97e5699d00a79f8b9400a(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70c1a4a00e6e192aa2d77eb0be676b7828f535800ee645d5c1ec96f644aa4fc2(
    *,
    localhost_profile: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66546e0a4a85d0fd15108eaf6559f27d0ff513f08072bdc927f4a20f56191582(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9c506081776a460288f8a4217d6e17f86ba1c8c87a06e538238e16c03b06bff(
    *,
    mount_path: typing.Optional[builtins.str] = None,
    mount_propagation: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f2667b489ee9342e4b2ed18bbc4a2d642cf3972f4cdb924793f90fa9b79c31a(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    security_context: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5fb8bc1d53c07175355065f8a25f63b0b0eb2f1117ff777e06aaf9ec99c29bd3(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__316189016da03d729de400ab536e97c50f51dd8763a2bea949dccc24362ebc77(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d317df9ec2090217cf20f5b11313175b29d6f94a4734502108cfcb8676790e1(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2dc67849036880485f0c7820d2e050787b09ab1cf794e4beb6542771883a11a6(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3aa16514734f7e4a9ad9e038a7b24357358f7066f41ff740a4b6008bf6b73be(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad781ee97840d653a974d6235e0239acc9ec0726325c18f9c1031933ab48d581(
    *,
    localhost_profile: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e91cb78500e619cac7cc36c805d570611bf0f5e5bdd09943e452c72363a652cf(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bdba33c1e06e149d29351d4eb9ea1d45debfcee2c51f6093cc817bb8a6cd477(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfa976050cf616a06790e4dc79aaadc5cec73680d06743c7cbf5621e87b9ef00(
    *,
    localhost_profile: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b737a262c40d3d6fd4454ecf0c4fec68949dfc9197c41ff03d688c4bf25be159(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab98be4cd86b1c16f87c6b78332374034aacce7750fddc76c5238a30b897abba(
    *,
    mount_path: typing.Optional[builtins.str] = None,
    mount_propagation: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c03dda044db4ac1937595777d1839b94f3da8165649196f69a89bae0547135d(
    *,
    metadata: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePerPodIngressMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45aca27e06cc311f32571d017c7b877b7f0ea40a0d6cfa2247156c8c0ed66549(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71ab776c3700fada2453b8ab74b087949e00b5c6a468791fdcbf8c83242e13cf(
    *,
    metadata: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePerPodRouteMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51f436956aa03b91cc163e946a0679ae473f052e6bbcdc652feba82adfcc3e3c(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__842717abc7215c3fe2095e0f059b019a97d4b9c82ab201fb1728c2fda89c04dd(
    *,
    metadata: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePerPodServiceMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03b73b259b14cd46358d788a590e8e9285aa96f1271769fd560ed7b5c55ab5c0(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22106152278cb6cfe03c217a846507cd05eecfeb5b620c28731c69ae5c1ff04c(
    *,
    metadata: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80fc6d812f07b4e6e92c4c1b8cf9a86c290769840ebae5f49e79663aae6c4c98(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8e817f7aee4daec2ce30510f4f1c9227f12e719e7aa6e6bc0fe075033f55072(
    *,
    affinity: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    dns_config: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodDnsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    dns_policy: typing.Optional[KafkaNodePoolSpecTemplatePodDnsPolicy] = None,
    enable_service_links: typing.Optional[builtins.bool] = None,
    host_aliases: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodHostAliases, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_users: typing.Optional[builtins.bool] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    scheduler_name: typing.Optional[builtins.str] = None,
    security_context: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    templated_volumes: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodTemplatedVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tmp_dir_size_limit: typing.Optional[builtins.str] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodTopologySpreadConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edf690d7759cc728a807ffa9d21c7ee6e8261d500d1ad016e9ff378b3646aff9(
    *,
    node_affinity: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_affinity: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_anti_affinity: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e3153604c3d8b4e51bc372760ff6c0930227ec47e4cf7f6ce4516ab60e1fe14(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b11f4b9e5e9e6eacafd75d4c0fc1b4c8a41e971fc4c4bbf15ffee781ad2d824(
    *,
    preference: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e35c7b033429b89df39aaee94382df7587ac7d46538efb12874641310ca9c093(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6389dcf4977a08fdf470631637a3f5e5b42b44be6668d41f9bb4bbd66d424a0(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6e698aecce97f6d11981fa419fc3a7c8ff846505963f65e284b6f26791cebb1(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29e307deac755df8273a7de0e8c57052e8b1bc460c5417cca752be9c4419dd0a(
    *,
    node_selector_terms: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fa213770876c981ad2e66d56411185126e2621bc019b6c58749865eb7c853ee(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__566aa625a963f991e992f1804b8381fea7d4be09813bafb7ddacc986662437ca(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__773bf6a0a25654e451270841290bd7cee84ef467030fe097601ee0ea8f0ee049(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50b3118c12b68b9149664dd008c27d8df4bbb644bd1cfc7472540763e3318d2b(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3162158cb2ed0cc457b04e20156110509f6aa971462123d5641763353285f52(
    *,
    pod_affinity_term: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ff00e46f66c1ff4d6c44d2754ff24882106e54400a8db7198a56b519887cc9c(
    *,
    label_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dd675921fb11af9fd1f23bc232fb23a31264fc770352384e21256ad65befc61(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9d821fa3621360cf958db5cc65102133a358f6b75d62f4a41821dfd7193c30e(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e11f6dc0f987fbcbd05ad3d95a25c6ae7e91ef28c3e94b809e499fa826833e3(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bc850cbda91cd429e24955fec45a2c549321ad5afcb2d365116c19ab539d659(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af63427aaffaf88d8ba82de591100107cfa5394d66c24a505aaa0dbea6cc71ce(
    *,
    label_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb5267db56f527127a1f16704b755d5f1fd3e7029a1bdd82495cf5a1266fe4a0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bf421922aa5c6c7f5940d461673f5de2d557349e2052397ed15b10648d5b97d(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82d591072ea63fd753edb611f640840caa852d84064a1cff314cf8acd3bbc643(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ace917688a8767267f2d2f33cfab2d04fa8d82a7fdb2a819c698810ddaa0899(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc85c12a4e0edd5879609f4b79a29dbf2168167c80ee66ea9b2cfaf15ebf0123(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15f5d5e1c8c306c3c3ad610bc42a2a8b6281679c8b0a44f87a35999520b05a6e(
    *,
    pod_affinity_term: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46befd2015d11a95d9a599ed739b135669c260ef10b4c34973d585bf10121db9(
    *,
    label_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a95b976306dbb0e0df6f107838b3dd6a0171b897e361370286572323d070008d(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce27d8b5526d9830905585ba3d5306151ff6df77cee92488c33e9d891503238b(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f367a8a24bf69fad165c25a54eb53964b3d8d0d8d2931ec4f3ab394373dbb2b(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e91f03f647a3e7fca277ba869fdc3af2a946cc359578be30a05560bd0cf1036c(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae18c664e628eaa6abd6334ead73a34548862dd1f80c3c7c8ae9700866f09430(
    *,
    label_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b338b264c699cf64271ceab5bd7ba8c5a6c8e9249d73a969493619b72f1bf180(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b897c805781f9237016be338dba41e9470b990bd89f8a976b8e90d6c236f8849(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b8a6a2374d3c48fc3a36a92a0489b6ce67d22ac6703b75a493de0b6fd8e2ec6(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95082ace6aac23ec7d1cba8870b3009f9f731955061fbeaf3c98e9b7d62d38bd(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__728046f4b69f2232df15c3eef398f36fee2011ef4d78d6648f6c590706d8e9dd(
    *,
    nameservers: typing.Optional[typing.Sequence[builtins.str]] = None,
    options: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodDnsConfigOptions, typing.Dict[builtins.str, typing.Any]]]] = None,
    searches: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c236e89cc2d9f09ee39b37a991493305b46b62056c1da3926a7977b091173049(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72249e54468919c83da1356d384010f20cd3d89722aa41940b79fe83e9315c96(
    *,
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    ip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__309f71e18842007ae15403e7234b12901c7366578b417c65bac95b2ec41db470(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__909f5da372a9ed285fd3fed45de336d294b3a1e9e362c242e4fdd62f45a30757(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85cbb4ae4c8b31d3a996c17e107b42a8c5fd1548c856b844e5a6cd565c8f83ae(
    *,
    app_armor_profile: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_change_policy: typing.Optional[builtins.str] = None,
    se_linux_options: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    supplemental_groups_policy: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodSecurityContextSysctls, typing.Dict[builtins.str, typing.Any]]]] = None,
    windows_options: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22b6fc49a81ac2c97eb0180e4ad8fe2ba9150fbf140726b8439132b8e405a1a7(
    *,
    localhost_profile: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e7f4e17926b9dea8e64862c6c229be5c3ed3762390febfcbed487be4a186e00(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59f8315d63a8198b1bd97ae8a1de615897429b574d939b423561654236ad65fc(
    *,
    localhost_profile: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6f4b591c42ce6a5c85b167f6888935725c93cb453afac419ffe2fb8c48d0291(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc749a1d04fe74a867f3abe6a5a710f3fcca4aa514bb8b83501fc4037ab073ad(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28ea41fba214794c6196d3e0e585b7ede5b0828bc341e8a16ce0aae1f1e5e31f(
    *,
    metadata: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodSetMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__115679f4f357228e7f2c12bc39d0833e120e2aa01a9b3c8b730cd9aca4b7807b(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab3ae7e06cdfea591254d57d4d47687be2ff3e558f4255a5ad61e59128cc3c2e(
    *,
    config_map: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    persistent_volume_claim: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7a4ccd19440554a3a7c214d176a10f66c0f1bba77953bb1b0ced52025925bff(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2b32c818cc3afa94b75d49d6ac57ba8e07a6d3571ccba0ae2e292c344290a88(
    *,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[jsii.Number] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1987e11295a36292abe3d2cbef0f783344b73f71257140c2757152fcf062be01(
    *,
    claim_name: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d25f200e6b2c3d1665e8d693b98fed996d2f0a409f03992077e7224f58ff054c(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3f6f00958d65f027de8694c589107f60c3f80d5def1a052b1828cc7200509a8(
    *,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[jsii.Number] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__908f9bd5b4d7249a6154aa1c866d0efed8a753f7b4b7917e7f0ae93b4fffbea3(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94b329ca6ca2ae797c55e3f66c19326e115df2f706ab2962b8dc6f64141d8c77(
    *,
    label_selector: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_skew: typing.Optional[jsii.Number] = None,
    min_domains: typing.Optional[jsii.Number] = None,
    node_affinity_policy: typing.Optional[builtins.str] = None,
    node_taints_policy: typing.Optional[builtins.str] = None,
    topology_key: typing.Optional[builtins.str] = None,
    when_unsatisfiable: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58bfeaef135dffec3d0caa24929d495792729ec3a13f0a8397e544e9cd7dc35c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcd042269f6bada41a6973b859c2ef56e4fa9ca65061a609c181e980a0193f73(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5874e13dfaa6b70ae91279929d3abb7582802b462299822b3e781b6a291a346(
    *,
    config_map: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    csi: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    image: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesImage, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    persistent_volume_claim: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d8b7b21e7a90a24c7f6cb741fee9264e1e4c3583c79cde1e9883d13d5469756(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f06a01dfc423ffec9b978db5e2da585f055c367862233a50b683cd46362dba18(
    *,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[jsii.Number] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4b06ff87b91e88e9535dd307866cb13f01cef8eddf77bee08aeedb2d153795c(
    *,
    driver: typing.Optional[builtins.str] = None,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dad965dbf0ebac1377952b950dd6bd064a3913f6c7edd10dafcfcb7eb23400cd(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbca7efff744a5750004e89c0ed310b68f7324b6707c4fd35226be139a29167a(
    *,
    medium: typing.Optional[KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium] = None,
    size_limit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31295c223c332c1a84b2407680115c97f54421c5d1be740b6f6fc3c0b679ae00(
    *,
    pull_policy: typing.Optional[builtins.str] = None,
    reference: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3bf45ebd65b915ed031f9138bdb919465f15a7be28a24df84251d5b96fccfc5(
    *,
    claim_name: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4733e5a2a3a724ee704a7baa08fb3fd757e7f926e869b0599a5ad948f0050ec(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[KafkaNodePoolSpecTemplatePodVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c68f8c9823bd3d2e041ebbc3b0ad18dcc9716c440d3b7ddf47c6422e3abff1cd(
    *,
    key: typing.Optional[builtins.str] = None,
    mode: typing.Optional[jsii.Number] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
