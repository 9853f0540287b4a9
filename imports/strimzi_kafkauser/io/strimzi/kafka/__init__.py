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


class KafkaUser(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUser",
):
    '''
    :schema: KafkaUser
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["KafkaUserSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KafkaUser" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: The specification of the user.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc52a236639e9dd6d2fdc7e37508df2f2faa3017c2f0efdf126b20e17639f0c3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KafkaUserProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["KafkaUserSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KafkaUser".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: The specification of the user.
        :param metadata: 
        '''
        props = KafkaUserProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KafkaUser".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class KafkaUserProps:
    def __init__(
        self,
        *,
        spec: typing.Union["KafkaUserSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: The specification of the user.
        :param metadata: 

        :schema: KafkaUser
        '''
        if isinstance(spec, dict):
            spec = KafkaUserSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0735394ba6e254715ebd8fd6266d410177df839dcf530be8e6cb3ce87fbc26c6)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "KafkaUserSpec":
        '''The specification of the user.

        :schema: KafkaUser#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("KafkaUserSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: KafkaUser#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpec",
    jsii_struct_bases=[],
    name_mapping={
        "authentication": "authentication",
        "authorization": "authorization",
        "quotas": "quotas",
        "template": "template",
    },
)
class KafkaUserSpec:
    def __init__(
        self,
        *,
        authentication: typing.Optional[typing.Union["KafkaUserSpecAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        authorization: typing.Optional[typing.Union["KafkaUserSpecAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        quotas: typing.Optional[typing.Union["KafkaUserSpecQuotas", typing.Dict[builtins.str, typing.Any]]] = None,
        template: typing.Optional[typing.Union["KafkaUserSpecTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The specification of the user.

        :param authentication: Authentication mechanism enabled for this Kafka user. The supported authentication mechanisms are ``scram-sha-512``, ``tls``, and ``tls-external``. - ``scram-sha-512`` generates a secret with SASL SCRAM-SHA-512 credentials. - ``tls`` generates a secret with user certificate for mutual TLS authentication. - ``tls-external`` does not generate a user certificate. But prepares the user for using mutual TLS authentication using a user certificate generated outside the User Operator. ACLs and quotas set for this user are configured in the ``CN=<username>`` format. Authentication is optional. If authentication is not configured, no credentials are generated. ACLs and quotas set for the user are configured in the ``<username>`` format suitable for SASL authentication.
        :param authorization: Authorization rules for this Kafka user.
        :param quotas: Quotas on requests to control the broker resources used by clients. Network bandwidth and request rate quotas can be enforced. For more information, see the Apache Kafka design documentation about quotas.
        :param template: Template to specify how Kafka User ``Secrets`` are generated.

        :schema: KafkaUserSpec
        '''
        if isinstance(authentication, dict):
            authentication = KafkaUserSpecAuthentication(**authentication)
        if isinstance(authorization, dict):
            authorization = KafkaUserSpecAuthorization(**authorization)
        if isinstance(quotas, dict):
            quotas = KafkaUserSpecQuotas(**quotas)
        if isinstance(template, dict):
            template = KafkaUserSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05b0011597bacd83ad820a93d1e6e587603d819252d19f85cc28d58e63c70904)
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument quotas", value=quotas, expected_type=type_hints["quotas"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authentication is not None:
            self._values["authentication"] = authentication
        if authorization is not None:
            self._values["authorization"] = authorization
        if quotas is not None:
            self._values["quotas"] = quotas
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def authentication(self) -> typing.Optional["KafkaUserSpecAuthentication"]:
        '''Authentication mechanism enabled for this Kafka user. The supported authentication mechanisms are ``scram-sha-512``, ``tls``, and ``tls-external``.

        - ``scram-sha-512`` generates a secret with SASL SCRAM-SHA-512 credentials.
        - ``tls`` generates a secret with user certificate for mutual TLS authentication.
        - ``tls-external`` does not generate a user certificate.   But prepares the user for using mutual TLS authentication using a user certificate generated outside the User Operator.
          ACLs and quotas set for this user are configured in the ``CN=<username>`` format.

        Authentication is optional. If authentication is not configured, no credentials are generated. ACLs and quotas set for the user are configured in the ``<username>`` format suitable for SASL authentication.

        :schema: KafkaUserSpec#authentication
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["KafkaUserSpecAuthentication"], result)

    @builtins.property
    def authorization(self) -> typing.Optional["KafkaUserSpecAuthorization"]:
        '''Authorization rules for this Kafka user.

        :schema: KafkaUserSpec#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["KafkaUserSpecAuthorization"], result)

    @builtins.property
    def quotas(self) -> typing.Optional["KafkaUserSpecQuotas"]:
        '''Quotas on requests to control the broker resources used by clients.

        Network bandwidth and request rate quotas can be enforced. For more information, see the Apache Kafka design documentation about quotas.

        :schema: KafkaUserSpec#quotas
        '''
        result = self._values.get("quotas")
        return typing.cast(typing.Optional["KafkaUserSpecQuotas"], result)

    @builtins.property
    def template(self) -> typing.Optional["KafkaUserSpecTemplate"]:
        '''Template to specify how Kafka User ``Secrets`` are generated.

        :schema: KafkaUserSpec#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["KafkaUserSpecTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthentication",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "password": "password",
        "renewal_days": "renewalDays",
        "validity_days": "validityDays",
    },
)
class KafkaUserSpecAuthentication:
    def __init__(
        self,
        *,
        type: "KafkaUserSpecAuthenticationType",
        password: typing.Optional[typing.Union["KafkaUserSpecAuthenticationPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        renewal_days: typing.Optional[jsii.Number] = None,
        validity_days: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Authentication mechanism enabled for this Kafka user. The supported authentication mechanisms are ``scram-sha-512``, ``tls``, and ``tls-external``.

        - ``scram-sha-512`` generates a secret with SASL SCRAM-SHA-512 credentials.
        - ``tls`` generates a secret with user certificate for mutual TLS authentication.
        - ``tls-external`` does not generate a user certificate.   But prepares the user for using mutual TLS authentication using a user certificate generated outside the User Operator.
          ACLs and quotas set for this user are configured in the ``CN=<username>`` format.

        Authentication is optional. If authentication is not configured, no credentials are generated. ACLs and quotas set for the user are configured in the ``<username>`` format suitable for SASL authentication.

        :param type: Authentication type.
        :param password: Specify the password for the user. If not set, a new password is generated by the User Operator.
        :param renewal_days: Number of days before certificate expiration when the user certificate is renewed. Both this property and ``validityDays`` must be configured together.The value must be greater than 0 and less than ``validityDays``.If not configured, the Clients CA configuration is used.
        :param validity_days: Number of days for which the user certificate is valid. Both this property and ``renewalDays`` must be configured together.The value must be greater than 0 and greater than ``renewalDays``.If not configured, the Clients CA configuration is used.

        :schema: KafkaUserSpecAuthentication
        '''
        if isinstance(password, dict):
            password = KafkaUserSpecAuthenticationPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cb2a9804eb436f76e308df3343a410cba52fa70bd972a64c4376ac117eafa88)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument renewal_days", value=renewal_days, expected_type=type_hints["renewal_days"])
            check_type(argname="argument validity_days", value=validity_days, expected_type=type_hints["validity_days"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if password is not None:
            self._values["password"] = password
        if renewal_days is not None:
            self._values["renewal_days"] = renewal_days
        if validity_days is not None:
            self._values["validity_days"] = validity_days

    @builtins.property
    def type(self) -> "KafkaUserSpecAuthenticationType":
        '''Authentication type.

        :schema: KafkaUserSpecAuthentication#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("KafkaUserSpecAuthenticationType", result)

    @builtins.property
    def password(self) -> typing.Optional["KafkaUserSpecAuthenticationPassword"]:
        '''Specify the password for the user.

        If not set, a new password is generated by the User Operator.

        :schema: KafkaUserSpecAuthentication#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["KafkaUserSpecAuthenticationPassword"], result)

    @builtins.property
    def renewal_days(self) -> typing.Optional[jsii.Number]:
        '''Number of days before certificate expiration when the user certificate is renewed.

        Both this property and ``validityDays`` must be configured together.The value must be greater than 0 and less than ``validityDays``.If not configured, the Clients CA configuration is used.

        :schema: KafkaUserSpecAuthentication#renewalDays
        '''
        result = self._values.get("renewal_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def validity_days(self) -> typing.Optional[jsii.Number]:
        '''Number of days for which the user certificate is valid.

        Both this property and ``renewalDays`` must be configured together.The value must be greater than 0 and greater than ``renewalDays``.If not configured, the Clients CA configuration is used.

        :schema: KafkaUserSpecAuthentication#validityDays
        '''
        result = self._values.get("validity_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthenticationPassword",
    jsii_struct_bases=[],
    name_mapping={"value_from": "valueFrom"},
)
class KafkaUserSpecAuthenticationPassword:
    def __init__(
        self,
        *,
        value_from: typing.Union["KafkaUserSpecAuthenticationPasswordValueFrom", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Specify the password for the user.

        If not set, a new password is generated by the User Operator.

        :param value_from: Secret from which the password should be read.

        :schema: KafkaUserSpecAuthenticationPassword
        '''
        if isinstance(value_from, dict):
            value_from = KafkaUserSpecAuthenticationPasswordValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f698ac8078ff189d12e0b3cf049b093a42e06bc56bba2520c66967a341105531)
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value_from": value_from,
        }

    @builtins.property
    def value_from(self) -> "KafkaUserSpecAuthenticationPasswordValueFrom":
        '''Secret from which the password should be read.

        :schema: KafkaUserSpecAuthenticationPassword#valueFrom
        '''
        result = self._values.get("value_from")
        assert result is not None, "Required property 'value_from' is missing"
        return typing.cast("KafkaUserSpecAuthenticationPasswordValueFrom", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthenticationPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthenticationPasswordValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class KafkaUserSpecAuthenticationPasswordValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Optional[typing.Union["KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Secret from which the password should be read.

        :param secret_key_ref: Selects a key of a Secret in the resource's namespace.

        :schema: KafkaUserSpecAuthenticationPasswordValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9816d7bd3c7cc9a2d12ce54c32529d7b3745f2d8f863f8fdb2afbe90894b464c)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef"]:
        '''Selects a key of a Secret in the resource's namespace.

        :schema: KafkaUserSpecAuthenticationPasswordValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthenticationPasswordValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a Secret in the resource's namespace.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc8fdd6d9ade2b6d0fc3cb89813c72e635eca09cff4a735cb712096ff7bfa2e8)
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
        :schema: KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthenticationType"
)
class KafkaUserSpecAuthenticationType(enum.Enum):
    '''Authentication type.

    :schema: KafkaUserSpecAuthenticationType
    '''

    TLS = "TLS"
    '''tls.'''
    TLS_HYPHEN_EXTERNAL = "TLS_HYPHEN_EXTERNAL"
    '''tls-external.'''
    SCRAM_HYPHEN_SHA_HYPHEN_512 = "SCRAM_HYPHEN_SHA_HYPHEN_512"
    '''scram-sha-512.'''


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorization",
    jsii_struct_bases=[],
    name_mapping={"acls": "acls", "type": "type"},
)
class KafkaUserSpecAuthorization:
    def __init__(
        self,
        *,
        acls: typing.Sequence[typing.Union["KafkaUserSpecAuthorizationAcls", typing.Dict[builtins.str, typing.Any]]],
        type: "KafkaUserSpecAuthorizationType",
    ) -> None:
        '''Authorization rules for this Kafka user.

        :param acls: List of ACL rules which should be applied to this user.
        :param type: Authorization type. Currently the only supported type is ``simple``. ``simple`` authorization type uses the Kafka Admin API for managing the ACL rules.

        :schema: KafkaUserSpecAuthorization
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40d18b65bb830e2b69ffe648704fd5f3d947ec36ee98c8d8118e79fe8aab686d)
            check_type(argname="argument acls", value=acls, expected_type=type_hints["acls"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "acls": acls,
            "type": type,
        }

    @builtins.property
    def acls(self) -> typing.List["KafkaUserSpecAuthorizationAcls"]:
        '''List of ACL rules which should be applied to this user.

        :schema: KafkaUserSpecAuthorization#acls
        '''
        result = self._values.get("acls")
        assert result is not None, "Required property 'acls' is missing"
        return typing.cast(typing.List["KafkaUserSpecAuthorizationAcls"], result)

    @builtins.property
    def type(self) -> "KafkaUserSpecAuthorizationType":
        '''Authorization type.

        Currently the only supported type is ``simple``. ``simple`` authorization type uses the Kafka Admin API for managing the ACL rules.

        :schema: KafkaUserSpecAuthorization#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("KafkaUserSpecAuthorizationType", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationAcls",
    jsii_struct_bases=[],
    name_mapping={
        "operations": "operations",
        "resource": "resource",
        "host": "host",
        "type": "type",
    },
)
class KafkaUserSpecAuthorizationAcls:
    def __init__(
        self,
        *,
        operations: typing.Sequence["KafkaUserSpecAuthorizationAclsOperations"],
        resource: typing.Union["KafkaUserSpecAuthorizationAclsResource", typing.Dict[builtins.str, typing.Any]],
        host: typing.Optional[builtins.str] = None,
        type: typing.Optional["KafkaUserSpecAuthorizationAclsType"] = None,
    ) -> None:
        '''
        :param operations: List of operations to allow or deny. Supported operations are: Read, Write, Create, Delete, Alter, Describe, ClusterAction, AlterConfigs, DescribeConfigs, IdempotentWrite and All. Only certain operations work with the specified resource.
        :param resource: Indicates the resource for which given ACL rule applies.
        :param host: The host from which the action described in the ACL rule is allowed or denied. If not set, it defaults to ``*``, allowing or denying the action from any host.
        :param type: The type of the rule. ACL rules with type ``allow`` are used to allow user to execute the specified operations. ACL rules with type ``deny`` are used to deny user to execute the specified operations. Default value is ``allow``.

        :schema: KafkaUserSpecAuthorizationAcls
        '''
        if isinstance(resource, dict):
            resource = KafkaUserSpecAuthorizationAclsResource(**resource)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad80365e09bf04addcfcaabbb5b3ad2510d211872e8367da63bc1136032b7852)
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "operations": operations,
            "resource": resource,
        }
        if host is not None:
            self._values["host"] = host
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def operations(self) -> typing.List["KafkaUserSpecAuthorizationAclsOperations"]:
        '''List of operations to allow or deny.

        Supported operations are: Read, Write, Create, Delete, Alter, Describe, ClusterAction, AlterConfigs, DescribeConfigs, IdempotentWrite and All. Only certain operations work with the specified resource.

        :schema: KafkaUserSpecAuthorizationAcls#operations
        '''
        result = self._values.get("operations")
        assert result is not None, "Required property 'operations' is missing"
        return typing.cast(typing.List["KafkaUserSpecAuthorizationAclsOperations"], result)

    @builtins.property
    def resource(self) -> "KafkaUserSpecAuthorizationAclsResource":
        '''Indicates the resource for which given ACL rule applies.

        :schema: KafkaUserSpecAuthorizationAcls#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast("KafkaUserSpecAuthorizationAclsResource", result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''The host from which the action described in the ACL rule is allowed or denied.

        If not set, it defaults to ``*``, allowing or denying the action from any host.

        :schema: KafkaUserSpecAuthorizationAcls#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional["KafkaUserSpecAuthorizationAclsType"]:
        '''The type of the rule.

        ACL rules with type ``allow`` are used to allow user to execute the specified operations. ACL rules with type ``deny`` are used to deny user to execute the specified operations. Default value is ``allow``.

        :schema: KafkaUserSpecAuthorizationAcls#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["KafkaUserSpecAuthorizationAclsType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthorizationAcls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationAclsOperations"
)
class KafkaUserSpecAuthorizationAclsOperations(enum.Enum):
    '''
    :schema: KafkaUserSpecAuthorizationAclsOperations
    '''

    READ = "READ"
    '''Read.'''
    WRITE = "WRITE"
    '''Write.'''
    CREATE = "CREATE"
    '''Create.'''
    DELETE = "DELETE"
    '''Delete.'''
    ALTER = "ALTER"
    '''Alter.'''
    DESCRIBE = "DESCRIBE"
    '''Describe.'''
    CLUSTER_ACTION = "CLUSTER_ACTION"
    '''ClusterAction.'''
    ALTER_CONFIGS = "ALTER_CONFIGS"
    '''AlterConfigs.'''
    DESCRIBE_CONFIGS = "DESCRIBE_CONFIGS"
    '''DescribeConfigs.'''
    IDEMPOTENT_WRITE = "IDEMPOTENT_WRITE"
    '''IdempotentWrite.'''
    ALL = "ALL"
    '''All.'''


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationAclsResource",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "name": "name", "pattern_type": "patternType"},
)
class KafkaUserSpecAuthorizationAclsResource:
    def __init__(
        self,
        *,
        type: "KafkaUserSpecAuthorizationAclsResourceType",
        name: typing.Optional[builtins.str] = None,
        pattern_type: typing.Optional["KafkaUserSpecAuthorizationAclsResourcePatternType"] = None,
    ) -> None:
        '''Indicates the resource for which given ACL rule applies.

        :param type: Resource type. The available resource types are ``topic``, ``group``, ``cluster``, and ``transactionalId``.
        :param name: Name of resource for which given ACL rule applies. Can be combined with ``patternType`` field to use prefix pattern.
        :param pattern_type: Describes the pattern used in the resource field. The supported types are ``literal`` and ``prefix``. With ``literal`` pattern type, the resource field will be used as a definition of a full name. With ``prefix`` pattern type, the resource name will be used only as a prefix. Default value is ``literal``.

        :schema: KafkaUserSpecAuthorizationAclsResource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de1009aa55ebcccde2f84a435649e0ade7564693adfb3afe3d02f384277c967c)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument pattern_type", value=pattern_type, expected_type=type_hints["pattern_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if name is not None:
            self._values["name"] = name
        if pattern_type is not None:
            self._values["pattern_type"] = pattern_type

    @builtins.property
    def type(self) -> "KafkaUserSpecAuthorizationAclsResourceType":
        '''Resource type.

        The available resource types are ``topic``, ``group``, ``cluster``, and ``transactionalId``.

        :schema: KafkaUserSpecAuthorizationAclsResource#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("KafkaUserSpecAuthorizationAclsResourceType", result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of resource for which given ACL rule applies.

        Can be combined with ``patternType`` field to use prefix pattern.

        :schema: KafkaUserSpecAuthorizationAclsResource#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pattern_type(
        self,
    ) -> typing.Optional["KafkaUserSpecAuthorizationAclsResourcePatternType"]:
        '''Describes the pattern used in the resource field.

        The supported types are ``literal`` and ``prefix``. With ``literal`` pattern type, the resource field will be used as a definition of a full name. With ``prefix`` pattern type, the resource name will be used only as a prefix. Default value is ``literal``.

        :schema: KafkaUserSpecAuthorizationAclsResource#patternType
        '''
        result = self._values.get("pattern_type")
        return typing.cast(typing.Optional["KafkaUserSpecAuthorizationAclsResourcePatternType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecAuthorizationAclsResource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationAclsResourcePatternType"
)
class KafkaUserSpecAuthorizationAclsResourcePatternType(enum.Enum):
    '''Describes the pattern used in the resource field.

    The supported types are ``literal`` and ``prefix``. With ``literal`` pattern type, the resource field will be used as a definition of a full name. With ``prefix`` pattern type, the resource name will be used only as a prefix. Default value is ``literal``.

    :schema: KafkaUserSpecAuthorizationAclsResourcePatternType
    '''

    LITERAL = "LITERAL"
    '''literal.'''
    PREFIX = "PREFIX"
    '''prefix.'''


@jsii.enum(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationAclsResourceType"
)
class KafkaUserSpecAuthorizationAclsResourceType(enum.Enum):
    '''Resource type.

    The available resource types are ``topic``, ``group``, ``cluster``, and ``transactionalId``.

    :schema: KafkaUserSpecAuthorizationAclsResourceType
    '''

    TOPIC = "TOPIC"
    '''topic.'''
    GROUP = "GROUP"
    '''group.'''
    CLUSTER = "CLUSTER"
    '''cluster.'''
    TRANSACTIONAL_ID = "TRANSACTIONAL_ID"
    '''transactionalId.'''


@jsii.enum(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationAclsType"
)
class KafkaUserSpecAuthorizationAclsType(enum.Enum):
    '''The type of the rule.

    ACL rules with type ``allow`` are used to allow user to execute the specified operations. ACL rules with type ``deny`` are used to deny user to execute the specified operations. Default value is ``allow``.

    :schema: KafkaUserSpecAuthorizationAclsType
    '''

    ALLOW = "ALLOW"
    '''allow.'''
    DENY = "DENY"
    '''deny.'''


@jsii.enum(jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecAuthorizationType")
class KafkaUserSpecAuthorizationType(enum.Enum):
    '''Authorization type.

    Currently the only supported type is ``simple``. ``simple`` authorization type uses the Kafka Admin API for managing the ACL rules.

    :schema: KafkaUserSpecAuthorizationType
    '''

    SIMPLE = "SIMPLE"
    '''simple.'''


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecQuotas",
    jsii_struct_bases=[],
    name_mapping={
        "consumer_byte_rate": "consumerByteRate",
        "controller_mutation_rate": "controllerMutationRate",
        "producer_byte_rate": "producerByteRate",
        "request_percentage": "requestPercentage",
    },
)
class KafkaUserSpecQuotas:
    def __init__(
        self,
        *,
        consumer_byte_rate: typing.Optional[jsii.Number] = None,
        controller_mutation_rate: typing.Optional[jsii.Number] = None,
        producer_byte_rate: typing.Optional[jsii.Number] = None,
        request_percentage: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Quotas on requests to control the broker resources used by clients.

        Network bandwidth and request rate quotas can be enforced. For more information, see the Apache Kafka design documentation about quotas.

        :param consumer_byte_rate: A quota on the maximum bytes per-second that each client group can fetch from a broker before the clients in the group are throttled. Defined on a per-broker basis.
        :param controller_mutation_rate: A quota on the rate at which mutations are accepted for the create topics request, the create partitions request and the delete topics request. The rate is accumulated by the number of partitions created or deleted.
        :param producer_byte_rate: A quota on the maximum bytes per-second that each client group can publish to a broker before the clients in the group are throttled. Defined on a per-broker basis.
        :param request_percentage: A quota on the maximum CPU utilization of each client group as a percentage of network and I/O threads.

        :schema: KafkaUserSpecQuotas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cfbf21bfcd20a11e9704ea0c4548e046f51c37b4f81837eb165449091ac325d)
            check_type(argname="argument consumer_byte_rate", value=consumer_byte_rate, expected_type=type_hints["consumer_byte_rate"])
            check_type(argname="argument controller_mutation_rate", value=controller_mutation_rate, expected_type=type_hints["controller_mutation_rate"])
            check_type(argname="argument producer_byte_rate", value=producer_byte_rate, expected_type=type_hints["producer_byte_rate"])
            check_type(argname="argument request_percentage", value=request_percentage, expected_type=type_hints["request_percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consumer_byte_rate is not None:
            self._values["consumer_byte_rate"] = consumer_byte_rate
        if controller_mutation_rate is not None:
            self._values["controller_mutation_rate"] = controller_mutation_rate
        if producer_byte_rate is not None:
            self._values["producer_byte_rate"] = producer_byte_rate
        if request_percentage is not None:
            self._values["request_percentage"] = request_percentage

    @builtins.property
    def consumer_byte_rate(self) -> typing.Optional[jsii.Number]:
        '''A quota on the maximum bytes per-second that each client group can fetch from a broker before the clients in the group are throttled.

        Defined on a per-broker basis.

        :schema: KafkaUserSpecQuotas#consumerByteRate
        '''
        result = self._values.get("consumer_byte_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def controller_mutation_rate(self) -> typing.Optional[jsii.Number]:
        '''A quota on the rate at which mutations are accepted for the create topics request, the create partitions request and the delete topics request.

        The rate is accumulated by the number of partitions created or deleted.

        :schema: KafkaUserSpecQuotas#controllerMutationRate
        '''
        result = self._values.get("controller_mutation_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def producer_byte_rate(self) -> typing.Optional[jsii.Number]:
        '''A quota on the maximum bytes per-second that each client group can publish to a broker before the clients in the group are throttled.

        Defined on a per-broker basis.

        :schema: KafkaUserSpecQuotas#producerByteRate
        '''
        result = self._values.get("producer_byte_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def request_percentage(self) -> typing.Optional[jsii.Number]:
        '''A quota on the maximum CPU utilization of each client group as a percentage of network and I/O threads.

        :schema: KafkaUserSpecQuotas#requestPercentage
        '''
        result = self._values.get("request_percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecQuotas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KafkaUserSpecTemplate:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["KafkaUserSpecTemplateSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template to specify how Kafka User ``Secrets`` are generated.

        :param secret: Template for KafkaUser resources. The template allows users to specify how the ``Secret`` with password or TLS certificates is generated.

        :schema: KafkaUserSpecTemplate
        '''
        if isinstance(secret, dict):
            secret = KafkaUserSpecTemplateSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4ab65b06533e74429f02c1093ca4d5e0c290d61e8155561a0f9956142ee9c10)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["KafkaUserSpecTemplateSecret"]:
        '''Template for KafkaUser resources.

        The template allows users to specify how the ``Secret`` with password or TLS certificates is generated.

        :schema: KafkaUserSpecTemplate#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["KafkaUserSpecTemplateSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecTemplateSecret",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata"},
)
class KafkaUserSpecTemplateSecret:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KafkaUserSpecTemplateSecretMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template for KafkaUser resources.

        The template allows users to specify how the ``Secret`` with password or TLS certificates is generated.

        :param metadata: Metadata applied to the resource.

        :schema: KafkaUserSpecTemplateSecret
        '''
        if isinstance(metadata, dict):
            metadata = KafkaUserSpecTemplateSecretMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c475d63e45836c15e37392d7349b4be130884bd44733bc054005168d201b3d1c)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def metadata(self) -> typing.Optional["KafkaUserSpecTemplateSecretMetadata"]:
        '''Metadata applied to the resource.

        :schema: KafkaUserSpecTemplateSecret#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KafkaUserSpecTemplateSecretMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecTemplateSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="strimzi_kafkauser_iostrimzikafka.KafkaUserSpecTemplateSecretMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KafkaUserSpecTemplateSecretMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata applied to the resource.

        :param annotations: Annotations added to the Kubernetes resource.
        :param labels: Labels added to the Kubernetes resource.

        :schema: KafkaUserSpecTemplateSecretMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c6cc129a8f862354f5ff67969c1263123d68046622538dc2254f3455c6aafaf)
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

        :schema: KafkaUserSpecTemplateSecretMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels added to the Kubernetes resource.

        :schema: KafkaUserSpecTemplateSecretMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KafkaUserSpecTemplateSecretMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "KafkaUser",
    "KafkaUserProps",
    "KafkaUserSpec",
    "KafkaUserSpecAuthentication",
    "KafkaUserSpecAuthenticationPassword",
    "KafkaUserSpecAuthenticationPasswordValueFrom",
    "KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef",
    "KafkaUserSpecAuthenticationType",
    "KafkaUserSpecAuthorization",
    "KafkaUserSpecAuthorizationAcls",
    "KafkaUserSpecAuthorizationAclsOperations",
    "KafkaUserSpecAuthorizationAclsResource",
    "KafkaUserSpecAuthorizationAclsResourcePatternType",
    "KafkaUserSpecAuthorizationAclsResourceType",
    "KafkaUserSpecAuthorizationAclsType",
    "KafkaUserSpecAuthorizationType",
    "KafkaUserSpecQuotas",
    "KafkaUserSpecTemplate",
    "KafkaUserSpecTemplateSecret",
    "KafkaUserSpecTemplateSecretMetadata",
]

publication.publish()

def _typecheckingstub__cc52a236639e9dd6d2fdc7e37508df2f2faa3017c2f0efdf126b20e17639f0c3(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[KafkaUserSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0735394ba6e254715ebd8fd6266d410177df839dcf530be8e6cb3ce87fbc26c6(
    *,
    spec: typing.Union[KafkaUserSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05b0011597bacd83ad820a93d1e6e587603d819252d19f85cc28d58e63c70904(
    *,
    authentication: typing.Optional[typing.Union[KafkaUserSpecAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    authorization: typing.Optional[typing.Union[KafkaUserSpecAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    quotas: typing.Optional[typing.Union[KafkaUserSpecQuotas, typing.Dict[builtins.str, typing.Any]]] = None,
    template: typing.Optional[typing.Union[KafkaUserSpecTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cb2a9804eb436f76e308df3343a410cba52fa70bd972a64c4376ac117eafa88(
    *,
    type: KafkaUserSpecAuthenticationType,
    password: typing.Optional[typing.Union[KafkaUserSpecAuthenticationPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    renewal_days: typing.Optional[jsii.Number] = None,
    validity_days: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f698ac8078ff189d12e0b3cf049b093a42e06bc56bba2520c66967a341105531(
    *,
    value_from: typing.Union[KafkaUserSpecAuthenticationPasswordValueFrom, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9816d7bd3c7cc9a2d12ce54c32529d7b3745f2d8f863f8fdb2afbe90894b464c(
    *,
    secret_key_ref: typing.Optional[typing.Union[KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc8fdd6d9ade2b6d0fc3cb89813c72e635eca09cff4a735cb712096ff7bfa2e8(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40d18b65bb830e2b69ffe648704fd5f3d947ec36ee98c8d8118e79fe8aab686d(
    *,
    acls: typing.Sequence[typing.Union[KafkaUserSpecAuthorizationAcls, typing.Dict[builtins.str, typing.Any]]],
    type: KafkaUserSpecAuthorizationType,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad80365e09bf04addcfcaabbb5b3ad2510d211872e8367da63bc1136032b7852(
    *,
    operations: typing.Sequence[KafkaUserSpecAuthorizationAclsOperations],
    resource: typing.Union[KafkaUserSpecAuthorizationAclsResource, typing.Dict[builtins.str, typing.Any]],
    host: typing.Optional[builtins.str] = None,
    type: typing.Optional[KafkaUserSpecAuthorizationAclsType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de1009aa55ebcccde2f84a435649e0ade7564693adfb3afe3d02f384277c967c(
    *,
    type: KafkaUserSpecAuthorizationAclsResourceType,
    name: typing.Optional[builtins.str] = None,
    pattern_type: typing.Optional[KafkaUserSpecAuthorizationAclsResourcePatternType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cfbf21bfcd20a11e9704ea0c4548e046f51c37b4f81837eb165449091ac325d(
    *,
    consumer_byte_rate: typing.Optional[jsii.Number] = None,
    controller_mutation_rate: typing.Optional[jsii.Number] = None,
    producer_byte_rate: typing.Optional[jsii.Number] = None,
    request_percentage: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4ab65b06533e74429f02c1093ca4d5e0c290d61e8155561a0f9956142ee9c10(
    *,
    secret: typing.Optional[typing.Union[KafkaUserSpecTemplateSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c475d63e45836c15e37392d7349b4be130884bd44733bc054005168d201b3d1c(
    *,
    metadata: typing.Optional[typing.Union[KafkaUserSpecTemplateSecretMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c6cc129a8f862354f5ff67969c1263123d68046622538dc2254f3455c6aafaf(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
