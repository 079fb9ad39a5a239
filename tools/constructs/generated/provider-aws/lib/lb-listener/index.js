"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_listener
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.LbListener = exports.LbListenerTimeoutsOutputReference = exports.LbListenerMutualAuthenticationOutputReference = exports.LbListenerDefaultActionList = exports.LbListenerDefaultActionOutputReference = exports.LbListenerDefaultActionRedirectOutputReference = exports.LbListenerDefaultActionForwardOutputReference = exports.LbListenerDefaultActionForwardTargetGroupList = exports.LbListenerDefaultActionForwardTargetGroupOutputReference = exports.LbListenerDefaultActionForwardStickinessOutputReference = exports.LbListenerDefaultActionFixedResponseOutputReference = exports.LbListenerDefaultActionAuthenticateOidcOutputReference = exports.LbListenerDefaultActionAuthenticateCognitoOutputReference = void 0;
exports.lbListenerDefaultActionAuthenticateCognitoToTerraform = lbListenerDefaultActionAuthenticateCognitoToTerraform;
exports.lbListenerDefaultActionAuthenticateCognitoToHclTerraform = lbListenerDefaultActionAuthenticateCognitoToHclTerraform;
exports.lbListenerDefaultActionAuthenticateOidcToTerraform = lbListenerDefaultActionAuthenticateOidcToTerraform;
exports.lbListenerDefaultActionAuthenticateOidcToHclTerraform = lbListenerDefaultActionAuthenticateOidcToHclTerraform;
exports.lbListenerDefaultActionFixedResponseToTerraform = lbListenerDefaultActionFixedResponseToTerraform;
exports.lbListenerDefaultActionFixedResponseToHclTerraform = lbListenerDefaultActionFixedResponseToHclTerraform;
exports.lbListenerDefaultActionForwardStickinessToTerraform = lbListenerDefaultActionForwardStickinessToTerraform;
exports.lbListenerDefaultActionForwardStickinessToHclTerraform = lbListenerDefaultActionForwardStickinessToHclTerraform;
exports.lbListenerDefaultActionForwardTargetGroupToTerraform = lbListenerDefaultActionForwardTargetGroupToTerraform;
exports.lbListenerDefaultActionForwardTargetGroupToHclTerraform = lbListenerDefaultActionForwardTargetGroupToHclTerraform;
exports.lbListenerDefaultActionForwardToTerraform = lbListenerDefaultActionForwardToTerraform;
exports.lbListenerDefaultActionForwardToHclTerraform = lbListenerDefaultActionForwardToHclTerraform;
exports.lbListenerDefaultActionRedirectToTerraform = lbListenerDefaultActionRedirectToTerraform;
exports.lbListenerDefaultActionRedirectToHclTerraform = lbListenerDefaultActionRedirectToHclTerraform;
exports.lbListenerDefaultActionToTerraform = lbListenerDefaultActionToTerraform;
exports.lbListenerDefaultActionToHclTerraform = lbListenerDefaultActionToHclTerraform;
exports.lbListenerMutualAuthenticationToTerraform = lbListenerMutualAuthenticationToTerraform;
exports.lbListenerMutualAuthenticationToHclTerraform = lbListenerMutualAuthenticationToHclTerraform;
exports.lbListenerTimeoutsToTerraform = lbListenerTimeoutsToTerraform;
exports.lbListenerTimeoutsToHclTerraform = lbListenerTimeoutsToHclTerraform;
const cdktn = require("cdktn");
function lbListenerDefaultActionAuthenticateCognitoToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        authentication_request_extra_params: cdktn.hashMapper(cdktn.stringToTerraform)(struct.authenticationRequestExtraParams),
        on_unauthenticated_request: cdktn.stringToTerraform(struct.onUnauthenticatedRequest),
        scope: cdktn.stringToTerraform(struct.scope),
        session_cookie_name: cdktn.stringToTerraform(struct.sessionCookieName),
        session_timeout: cdktn.numberToTerraform(struct.sessionTimeout),
        user_pool_arn: cdktn.stringToTerraform(struct.userPoolArn),
        user_pool_client_id: cdktn.stringToTerraform(struct.userPoolClientId),
        user_pool_domain: cdktn.stringToTerraform(struct.userPoolDomain),
    };
}
function lbListenerDefaultActionAuthenticateCognitoToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        authentication_request_extra_params: {
            value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct.authenticationRequestExtraParams),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        on_unauthenticated_request: {
            value: cdktn.stringToHclTerraform(struct.onUnauthenticatedRequest),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        scope: {
            value: cdktn.stringToHclTerraform(struct.scope),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        session_cookie_name: {
            value: cdktn.stringToHclTerraform(struct.sessionCookieName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        session_timeout: {
            value: cdktn.numberToHclTerraform(struct.sessionTimeout),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        user_pool_arn: {
            value: cdktn.stringToHclTerraform(struct.userPoolArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        user_pool_client_id: {
            value: cdktn.stringToHclTerraform(struct.userPoolClientId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        user_pool_domain: {
            value: cdktn.stringToHclTerraform(struct.userPoolDomain),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionAuthenticateCognitoOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._authenticationRequestExtraParams !== undefined) {
            hasAnyValues = true;
            internalValueResult.authenticationRequestExtraParams = this._authenticationRequestExtraParams;
        }
        if (this._onUnauthenticatedRequest !== undefined) {
            hasAnyValues = true;
            internalValueResult.onUnauthenticatedRequest = this._onUnauthenticatedRequest;
        }
        if (this._scope !== undefined) {
            hasAnyValues = true;
            internalValueResult.scope = this._scope;
        }
        if (this._sessionCookieName !== undefined) {
            hasAnyValues = true;
            internalValueResult.sessionCookieName = this._sessionCookieName;
        }
        if (this._sessionTimeout !== undefined) {
            hasAnyValues = true;
            internalValueResult.sessionTimeout = this._sessionTimeout;
        }
        if (this._userPoolArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.userPoolArn = this._userPoolArn;
        }
        if (this._userPoolClientId !== undefined) {
            hasAnyValues = true;
            internalValueResult.userPoolClientId = this._userPoolClientId;
        }
        if (this._userPoolDomain !== undefined) {
            hasAnyValues = true;
            internalValueResult.userPoolDomain = this._userPoolDomain;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._authenticationRequestExtraParams = undefined;
            this._onUnauthenticatedRequest = undefined;
            this._scope = undefined;
            this._sessionCookieName = undefined;
            this._sessionTimeout = undefined;
            this._userPoolArn = undefined;
            this._userPoolClientId = undefined;
            this._userPoolDomain = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._authenticationRequestExtraParams = value.authenticationRequestExtraParams;
            this._onUnauthenticatedRequest = value.onUnauthenticatedRequest;
            this._scope = value.scope;
            this._sessionCookieName = value.sessionCookieName;
            this._sessionTimeout = value.sessionTimeout;
            this._userPoolArn = value.userPoolArn;
            this._userPoolClientId = value.userPoolClientId;
            this._userPoolDomain = value.userPoolDomain;
        }
    }
    get authenticationRequestExtraParams() {
        return this.getStringMapAttribute('authentication_request_extra_params');
    }
    set authenticationRequestExtraParams(value) {
        this._authenticationRequestExtraParams = value;
    }
    resetAuthenticationRequestExtraParams() {
        this._authenticationRequestExtraParams = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authenticationRequestExtraParamsInput() {
        return this._authenticationRequestExtraParams;
    }
    get onUnauthenticatedRequest() {
        return this.getStringAttribute('on_unauthenticated_request');
    }
    set onUnauthenticatedRequest(value) {
        this._onUnauthenticatedRequest = value;
    }
    resetOnUnauthenticatedRequest() {
        this._onUnauthenticatedRequest = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onUnauthenticatedRequestInput() {
        return this._onUnauthenticatedRequest;
    }
    get scope() {
        return this.getStringAttribute('scope');
    }
    set scope(value) {
        this._scope = value;
    }
    resetScope() {
        this._scope = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scopeInput() {
        return this._scope;
    }
    get sessionCookieName() {
        return this.getStringAttribute('session_cookie_name');
    }
    set sessionCookieName(value) {
        this._sessionCookieName = value;
    }
    resetSessionCookieName() {
        this._sessionCookieName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sessionCookieNameInput() {
        return this._sessionCookieName;
    }
    get sessionTimeout() {
        return this.getNumberAttribute('session_timeout');
    }
    set sessionTimeout(value) {
        this._sessionTimeout = value;
    }
    resetSessionTimeout() {
        this._sessionTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sessionTimeoutInput() {
        return this._sessionTimeout;
    }
    get userPoolArn() {
        return this.getStringAttribute('user_pool_arn');
    }
    set userPoolArn(value) {
        this._userPoolArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get userPoolArnInput() {
        return this._userPoolArn;
    }
    get userPoolClientId() {
        return this.getStringAttribute('user_pool_client_id');
    }
    set userPoolClientId(value) {
        this._userPoolClientId = value;
    }
    // Temporarily expose input value. Use with caution.
    get userPoolClientIdInput() {
        return this._userPoolClientId;
    }
    get userPoolDomain() {
        return this.getStringAttribute('user_pool_domain');
    }
    set userPoolDomain(value) {
        this._userPoolDomain = value;
    }
    // Temporarily expose input value. Use with caution.
    get userPoolDomainInput() {
        return this._userPoolDomain;
    }
}
exports.LbListenerDefaultActionAuthenticateCognitoOutputReference = LbListenerDefaultActionAuthenticateCognitoOutputReference;
function lbListenerDefaultActionAuthenticateOidcToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        authentication_request_extra_params: cdktn.hashMapper(cdktn.stringToTerraform)(struct.authenticationRequestExtraParams),
        authorization_endpoint: cdktn.stringToTerraform(struct.authorizationEndpoint),
        client_id: cdktn.stringToTerraform(struct.clientId),
        client_secret: cdktn.stringToTerraform(struct.clientSecret),
        issuer: cdktn.stringToTerraform(struct.issuer),
        on_unauthenticated_request: cdktn.stringToTerraform(struct.onUnauthenticatedRequest),
        scope: cdktn.stringToTerraform(struct.scope),
        session_cookie_name: cdktn.stringToTerraform(struct.sessionCookieName),
        session_timeout: cdktn.numberToTerraform(struct.sessionTimeout),
        token_endpoint: cdktn.stringToTerraform(struct.tokenEndpoint),
        user_info_endpoint: cdktn.stringToTerraform(struct.userInfoEndpoint),
    };
}
function lbListenerDefaultActionAuthenticateOidcToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        authentication_request_extra_params: {
            value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct.authenticationRequestExtraParams),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        authorization_endpoint: {
            value: cdktn.stringToHclTerraform(struct.authorizationEndpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        client_id: {
            value: cdktn.stringToHclTerraform(struct.clientId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        client_secret: {
            value: cdktn.stringToHclTerraform(struct.clientSecret),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        issuer: {
            value: cdktn.stringToHclTerraform(struct.issuer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        on_unauthenticated_request: {
            value: cdktn.stringToHclTerraform(struct.onUnauthenticatedRequest),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        scope: {
            value: cdktn.stringToHclTerraform(struct.scope),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        session_cookie_name: {
            value: cdktn.stringToHclTerraform(struct.sessionCookieName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        session_timeout: {
            value: cdktn.numberToHclTerraform(struct.sessionTimeout),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        token_endpoint: {
            value: cdktn.stringToHclTerraform(struct.tokenEndpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        user_info_endpoint: {
            value: cdktn.stringToHclTerraform(struct.userInfoEndpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionAuthenticateOidcOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._authenticationRequestExtraParams !== undefined) {
            hasAnyValues = true;
            internalValueResult.authenticationRequestExtraParams = this._authenticationRequestExtraParams;
        }
        if (this._authorizationEndpoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.authorizationEndpoint = this._authorizationEndpoint;
        }
        if (this._clientId !== undefined) {
            hasAnyValues = true;
            internalValueResult.clientId = this._clientId;
        }
        if (this._clientSecret !== undefined) {
            hasAnyValues = true;
            internalValueResult.clientSecret = this._clientSecret;
        }
        if (this._issuer !== undefined) {
            hasAnyValues = true;
            internalValueResult.issuer = this._issuer;
        }
        if (this._onUnauthenticatedRequest !== undefined) {
            hasAnyValues = true;
            internalValueResult.onUnauthenticatedRequest = this._onUnauthenticatedRequest;
        }
        if (this._scope !== undefined) {
            hasAnyValues = true;
            internalValueResult.scope = this._scope;
        }
        if (this._sessionCookieName !== undefined) {
            hasAnyValues = true;
            internalValueResult.sessionCookieName = this._sessionCookieName;
        }
        if (this._sessionTimeout !== undefined) {
            hasAnyValues = true;
            internalValueResult.sessionTimeout = this._sessionTimeout;
        }
        if (this._tokenEndpoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.tokenEndpoint = this._tokenEndpoint;
        }
        if (this._userInfoEndpoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.userInfoEndpoint = this._userInfoEndpoint;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._authenticationRequestExtraParams = undefined;
            this._authorizationEndpoint = undefined;
            this._clientId = undefined;
            this._clientSecret = undefined;
            this._issuer = undefined;
            this._onUnauthenticatedRequest = undefined;
            this._scope = undefined;
            this._sessionCookieName = undefined;
            this._sessionTimeout = undefined;
            this._tokenEndpoint = undefined;
            this._userInfoEndpoint = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._authenticationRequestExtraParams = value.authenticationRequestExtraParams;
            this._authorizationEndpoint = value.authorizationEndpoint;
            this._clientId = value.clientId;
            this._clientSecret = value.clientSecret;
            this._issuer = value.issuer;
            this._onUnauthenticatedRequest = value.onUnauthenticatedRequest;
            this._scope = value.scope;
            this._sessionCookieName = value.sessionCookieName;
            this._sessionTimeout = value.sessionTimeout;
            this._tokenEndpoint = value.tokenEndpoint;
            this._userInfoEndpoint = value.userInfoEndpoint;
        }
    }
    get authenticationRequestExtraParams() {
        return this.getStringMapAttribute('authentication_request_extra_params');
    }
    set authenticationRequestExtraParams(value) {
        this._authenticationRequestExtraParams = value;
    }
    resetAuthenticationRequestExtraParams() {
        this._authenticationRequestExtraParams = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authenticationRequestExtraParamsInput() {
        return this._authenticationRequestExtraParams;
    }
    get authorizationEndpoint() {
        return this.getStringAttribute('authorization_endpoint');
    }
    set authorizationEndpoint(value) {
        this._authorizationEndpoint = value;
    }
    // Temporarily expose input value. Use with caution.
    get authorizationEndpointInput() {
        return this._authorizationEndpoint;
    }
    get clientId() {
        return this.getStringAttribute('client_id');
    }
    set clientId(value) {
        this._clientId = value;
    }
    // Temporarily expose input value. Use with caution.
    get clientIdInput() {
        return this._clientId;
    }
    get clientSecret() {
        return this.getStringAttribute('client_secret');
    }
    set clientSecret(value) {
        this._clientSecret = value;
    }
    // Temporarily expose input value. Use with caution.
    get clientSecretInput() {
        return this._clientSecret;
    }
    get issuer() {
        return this.getStringAttribute('issuer');
    }
    set issuer(value) {
        this._issuer = value;
    }
    // Temporarily expose input value. Use with caution.
    get issuerInput() {
        return this._issuer;
    }
    get onUnauthenticatedRequest() {
        return this.getStringAttribute('on_unauthenticated_request');
    }
    set onUnauthenticatedRequest(value) {
        this._onUnauthenticatedRequest = value;
    }
    resetOnUnauthenticatedRequest() {
        this._onUnauthenticatedRequest = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onUnauthenticatedRequestInput() {
        return this._onUnauthenticatedRequest;
    }
    get scope() {
        return this.getStringAttribute('scope');
    }
    set scope(value) {
        this._scope = value;
    }
    resetScope() {
        this._scope = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scopeInput() {
        return this._scope;
    }
    get sessionCookieName() {
        return this.getStringAttribute('session_cookie_name');
    }
    set sessionCookieName(value) {
        this._sessionCookieName = value;
    }
    resetSessionCookieName() {
        this._sessionCookieName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sessionCookieNameInput() {
        return this._sessionCookieName;
    }
    get sessionTimeout() {
        return this.getNumberAttribute('session_timeout');
    }
    set sessionTimeout(value) {
        this._sessionTimeout = value;
    }
    resetSessionTimeout() {
        this._sessionTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sessionTimeoutInput() {
        return this._sessionTimeout;
    }
    get tokenEndpoint() {
        return this.getStringAttribute('token_endpoint');
    }
    set tokenEndpoint(value) {
        this._tokenEndpoint = value;
    }
    // Temporarily expose input value. Use with caution.
    get tokenEndpointInput() {
        return this._tokenEndpoint;
    }
    get userInfoEndpoint() {
        return this.getStringAttribute('user_info_endpoint');
    }
    set userInfoEndpoint(value) {
        this._userInfoEndpoint = value;
    }
    // Temporarily expose input value. Use with caution.
    get userInfoEndpointInput() {
        return this._userInfoEndpoint;
    }
}
exports.LbListenerDefaultActionAuthenticateOidcOutputReference = LbListenerDefaultActionAuthenticateOidcOutputReference;
function lbListenerDefaultActionFixedResponseToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        content_type: cdktn.stringToTerraform(struct.contentType),
        message_body: cdktn.stringToTerraform(struct.messageBody),
        status_code: cdktn.stringToTerraform(struct.statusCode),
    };
}
function lbListenerDefaultActionFixedResponseToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        content_type: {
            value: cdktn.stringToHclTerraform(struct.contentType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        message_body: {
            value: cdktn.stringToHclTerraform(struct.messageBody),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        status_code: {
            value: cdktn.stringToHclTerraform(struct.statusCode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionFixedResponseOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._contentType !== undefined) {
            hasAnyValues = true;
            internalValueResult.contentType = this._contentType;
        }
        if (this._messageBody !== undefined) {
            hasAnyValues = true;
            internalValueResult.messageBody = this._messageBody;
        }
        if (this._statusCode !== undefined) {
            hasAnyValues = true;
            internalValueResult.statusCode = this._statusCode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._contentType = undefined;
            this._messageBody = undefined;
            this._statusCode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._contentType = value.contentType;
            this._messageBody = value.messageBody;
            this._statusCode = value.statusCode;
        }
    }
    get contentType() {
        return this.getStringAttribute('content_type');
    }
    set contentType(value) {
        this._contentType = value;
    }
    // Temporarily expose input value. Use with caution.
    get contentTypeInput() {
        return this._contentType;
    }
    get messageBody() {
        return this.getStringAttribute('message_body');
    }
    set messageBody(value) {
        this._messageBody = value;
    }
    resetMessageBody() {
        this._messageBody = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get messageBodyInput() {
        return this._messageBody;
    }
    get statusCode() {
        return this.getStringAttribute('status_code');
    }
    set statusCode(value) {
        this._statusCode = value;
    }
    resetStatusCode() {
        this._statusCode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get statusCodeInput() {
        return this._statusCode;
    }
}
exports.LbListenerDefaultActionFixedResponseOutputReference = LbListenerDefaultActionFixedResponseOutputReference;
function lbListenerDefaultActionForwardStickinessToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        duration: cdktn.numberToTerraform(struct.duration),
        enabled: cdktn.booleanToTerraform(struct.enabled),
    };
}
function lbListenerDefaultActionForwardStickinessToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        duration: {
            value: cdktn.numberToHclTerraform(struct.duration),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        enabled: {
            value: cdktn.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionForwardStickinessOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._duration !== undefined) {
            hasAnyValues = true;
            internalValueResult.duration = this._duration;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._duration = undefined;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._duration = value.duration;
            this._enabled = value.enabled;
        }
    }
    get duration() {
        return this.getNumberAttribute('duration');
    }
    set duration(value) {
        this._duration = value;
    }
    // Temporarily expose input value. Use with caution.
    get durationInput() {
        return this._duration;
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.LbListenerDefaultActionForwardStickinessOutputReference = LbListenerDefaultActionForwardStickinessOutputReference;
function lbListenerDefaultActionForwardTargetGroupToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        arn: cdktn.stringToTerraform(struct.arn),
        weight: cdktn.numberToTerraform(struct.weight),
    };
}
function lbListenerDefaultActionForwardTargetGroupToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        arn: {
            value: cdktn.stringToHclTerraform(struct.arn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        weight: {
            value: cdktn.numberToHclTerraform(struct.weight),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionForwardTargetGroupOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._arn !== undefined) {
            hasAnyValues = true;
            internalValueResult.arn = this._arn;
        }
        if (this._weight !== undefined) {
            hasAnyValues = true;
            internalValueResult.weight = this._weight;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._arn = undefined;
            this._weight = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._arn = value.arn;
            this._weight = value.weight;
        }
    }
    get arn() {
        return this.getStringAttribute('arn');
    }
    set arn(value) {
        this._arn = value;
    }
    // Temporarily expose input value. Use with caution.
    get arnInput() {
        return this._arn;
    }
    get weight() {
        return this.getNumberAttribute('weight');
    }
    set weight(value) {
        this._weight = value;
    }
    resetWeight() {
        this._weight = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get weightInput() {
        return this._weight;
    }
}
exports.LbListenerDefaultActionForwardTargetGroupOutputReference = LbListenerDefaultActionForwardTargetGroupOutputReference;
class LbListenerDefaultActionForwardTargetGroupList extends cdktn.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new LbListenerDefaultActionForwardTargetGroupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LbListenerDefaultActionForwardTargetGroupList = LbListenerDefaultActionForwardTargetGroupList;
function lbListenerDefaultActionForwardToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        stickiness: lbListenerDefaultActionForwardStickinessToTerraform(struct.stickiness),
        target_group: cdktn.listMapper(lbListenerDefaultActionForwardTargetGroupToTerraform, true)(struct.targetGroup),
    };
}
function lbListenerDefaultActionForwardToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        stickiness: {
            value: lbListenerDefaultActionForwardStickinessToHclTerraform(struct.stickiness),
            isBlock: true,
            type: "list",
            storageClassType: "LbListenerDefaultActionForwardStickinessList",
        },
        target_group: {
            value: cdktn.listMapperHcl(lbListenerDefaultActionForwardTargetGroupToHclTerraform, true)(struct.targetGroup),
            isBlock: true,
            type: "set",
            storageClassType: "LbListenerDefaultActionForwardTargetGroupList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionForwardOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // stickiness - computed: false, optional: true, required: false
        this._stickiness = new LbListenerDefaultActionForwardStickinessOutputReference(this, "stickiness");
        // target_group - computed: false, optional: false, required: true
        this._targetGroup = new LbListenerDefaultActionForwardTargetGroupList(this, "target_group", true);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._stickiness?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.stickiness = this._stickiness?.internalValue;
        }
        if (this._targetGroup?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetGroup = this._targetGroup?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._stickiness.internalValue = undefined;
            this._targetGroup.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._stickiness.internalValue = value.stickiness;
            this._targetGroup.internalValue = value.targetGroup;
        }
    }
    get stickiness() {
        return this._stickiness;
    }
    putStickiness(value) {
        this._stickiness.internalValue = value;
    }
    resetStickiness() {
        this._stickiness.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stickinessInput() {
        return this._stickiness.internalValue;
    }
    get targetGroup() {
        return this._targetGroup;
    }
    putTargetGroup(value) {
        this._targetGroup.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get targetGroupInput() {
        return this._targetGroup.internalValue;
    }
}
exports.LbListenerDefaultActionForwardOutputReference = LbListenerDefaultActionForwardOutputReference;
function lbListenerDefaultActionRedirectToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        host: cdktn.stringToTerraform(struct.host),
        path: cdktn.stringToTerraform(struct.path),
        port: cdktn.stringToTerraform(struct.port),
        protocol: cdktn.stringToTerraform(struct.protocol),
        query: cdktn.stringToTerraform(struct.query),
        status_code: cdktn.stringToTerraform(struct.statusCode),
    };
}
function lbListenerDefaultActionRedirectToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        host: {
            value: cdktn.stringToHclTerraform(struct.host),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        path: {
            value: cdktn.stringToHclTerraform(struct.path),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        port: {
            value: cdktn.stringToHclTerraform(struct.port),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        protocol: {
            value: cdktn.stringToHclTerraform(struct.protocol),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        query: {
            value: cdktn.stringToHclTerraform(struct.query),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        status_code: {
            value: cdktn.stringToHclTerraform(struct.statusCode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionRedirectOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._host !== undefined) {
            hasAnyValues = true;
            internalValueResult.host = this._host;
        }
        if (this._path !== undefined) {
            hasAnyValues = true;
            internalValueResult.path = this._path;
        }
        if (this._port !== undefined) {
            hasAnyValues = true;
            internalValueResult.port = this._port;
        }
        if (this._protocol !== undefined) {
            hasAnyValues = true;
            internalValueResult.protocol = this._protocol;
        }
        if (this._query !== undefined) {
            hasAnyValues = true;
            internalValueResult.query = this._query;
        }
        if (this._statusCode !== undefined) {
            hasAnyValues = true;
            internalValueResult.statusCode = this._statusCode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._host = undefined;
            this._path = undefined;
            this._port = undefined;
            this._protocol = undefined;
            this._query = undefined;
            this._statusCode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._host = value.host;
            this._path = value.path;
            this._port = value.port;
            this._protocol = value.protocol;
            this._query = value.query;
            this._statusCode = value.statusCode;
        }
    }
    get host() {
        return this.getStringAttribute('host');
    }
    set host(value) {
        this._host = value;
    }
    resetHost() {
        this._host = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostInput() {
        return this._host;
    }
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    resetPath() {
        this._path = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    get port() {
        return this.getStringAttribute('port');
    }
    set port(value) {
        this._port = value;
    }
    resetPort() {
        this._port = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portInput() {
        return this._port;
    }
    get protocol() {
        return this.getStringAttribute('protocol');
    }
    set protocol(value) {
        this._protocol = value;
    }
    resetProtocol() {
        this._protocol = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protocolInput() {
        return this._protocol;
    }
    get query() {
        return this.getStringAttribute('query');
    }
    set query(value) {
        this._query = value;
    }
    resetQuery() {
        this._query = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryInput() {
        return this._query;
    }
    get statusCode() {
        return this.getStringAttribute('status_code');
    }
    set statusCode(value) {
        this._statusCode = value;
    }
    // Temporarily expose input value. Use with caution.
    get statusCodeInput() {
        return this._statusCode;
    }
}
exports.LbListenerDefaultActionRedirectOutputReference = LbListenerDefaultActionRedirectOutputReference;
function lbListenerDefaultActionToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        order: cdktn.numberToTerraform(struct.order),
        target_group_arn: cdktn.stringToTerraform(struct.targetGroupArn),
        type: cdktn.stringToTerraform(struct.type),
        authenticate_cognito: lbListenerDefaultActionAuthenticateCognitoToTerraform(struct.authenticateCognito),
        authenticate_oidc: lbListenerDefaultActionAuthenticateOidcToTerraform(struct.authenticateOidc),
        fixed_response: lbListenerDefaultActionFixedResponseToTerraform(struct.fixedResponse),
        forward: lbListenerDefaultActionForwardToTerraform(struct.forward),
        redirect: lbListenerDefaultActionRedirectToTerraform(struct.redirect),
    };
}
function lbListenerDefaultActionToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        order: {
            value: cdktn.numberToHclTerraform(struct.order),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        target_group_arn: {
            value: cdktn.stringToHclTerraform(struct.targetGroupArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktn.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        authenticate_cognito: {
            value: lbListenerDefaultActionAuthenticateCognitoToHclTerraform(struct.authenticateCognito),
            isBlock: true,
            type: "list",
            storageClassType: "LbListenerDefaultActionAuthenticateCognitoList",
        },
        authenticate_oidc: {
            value: lbListenerDefaultActionAuthenticateOidcToHclTerraform(struct.authenticateOidc),
            isBlock: true,
            type: "list",
            storageClassType: "LbListenerDefaultActionAuthenticateOidcList",
        },
        fixed_response: {
            value: lbListenerDefaultActionFixedResponseToHclTerraform(struct.fixedResponse),
            isBlock: true,
            type: "list",
            storageClassType: "LbListenerDefaultActionFixedResponseList",
        },
        forward: {
            value: lbListenerDefaultActionForwardToHclTerraform(struct.forward),
            isBlock: true,
            type: "list",
            storageClassType: "LbListenerDefaultActionForwardList",
        },
        redirect: {
            value: lbListenerDefaultActionRedirectToHclTerraform(struct.redirect),
            isBlock: true,
            type: "list",
            storageClassType: "LbListenerDefaultActionRedirectList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerDefaultActionOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // authenticate_cognito - computed: false, optional: true, required: false
        this._authenticateCognito = new LbListenerDefaultActionAuthenticateCognitoOutputReference(this, "authenticate_cognito");
        // authenticate_oidc - computed: false, optional: true, required: false
        this._authenticateOidc = new LbListenerDefaultActionAuthenticateOidcOutputReference(this, "authenticate_oidc");
        // fixed_response - computed: false, optional: true, required: false
        this._fixedResponse = new LbListenerDefaultActionFixedResponseOutputReference(this, "fixed_response");
        // forward - computed: false, optional: true, required: false
        this._forward = new LbListenerDefaultActionForwardOutputReference(this, "forward");
        // redirect - computed: false, optional: true, required: false
        this._redirect = new LbListenerDefaultActionRedirectOutputReference(this, "redirect");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._order !== undefined) {
            hasAnyValues = true;
            internalValueResult.order = this._order;
        }
        if (this._targetGroupArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.targetGroupArn = this._targetGroupArn;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        if (this._authenticateCognito?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.authenticateCognito = this._authenticateCognito?.internalValue;
        }
        if (this._authenticateOidc?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.authenticateOidc = this._authenticateOidc?.internalValue;
        }
        if (this._fixedResponse?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.fixedResponse = this._fixedResponse?.internalValue;
        }
        if (this._forward?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.forward = this._forward?.internalValue;
        }
        if (this._redirect?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.redirect = this._redirect?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._order = undefined;
            this._targetGroupArn = undefined;
            this._type = undefined;
            this._authenticateCognito.internalValue = undefined;
            this._authenticateOidc.internalValue = undefined;
            this._fixedResponse.internalValue = undefined;
            this._forward.internalValue = undefined;
            this._redirect.internalValue = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._order = value.order;
            this._targetGroupArn = value.targetGroupArn;
            this._type = value.type;
            this._authenticateCognito.internalValue = value.authenticateCognito;
            this._authenticateOidc.internalValue = value.authenticateOidc;
            this._fixedResponse.internalValue = value.fixedResponse;
            this._forward.internalValue = value.forward;
            this._redirect.internalValue = value.redirect;
        }
    }
    get order() {
        return this.getNumberAttribute('order');
    }
    set order(value) {
        this._order = value;
    }
    resetOrder() {
        this._order = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get orderInput() {
        return this._order;
    }
    get targetGroupArn() {
        return this.getStringAttribute('target_group_arn');
    }
    set targetGroupArn(value) {
        this._targetGroupArn = value;
    }
    resetTargetGroupArn() {
        this._targetGroupArn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetGroupArnInput() {
        return this._targetGroupArn;
    }
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    get authenticateCognito() {
        return this._authenticateCognito;
    }
    putAuthenticateCognito(value) {
        this._authenticateCognito.internalValue = value;
    }
    resetAuthenticateCognito() {
        this._authenticateCognito.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authenticateCognitoInput() {
        return this._authenticateCognito.internalValue;
    }
    get authenticateOidc() {
        return this._authenticateOidc;
    }
    putAuthenticateOidc(value) {
        this._authenticateOidc.internalValue = value;
    }
    resetAuthenticateOidc() {
        this._authenticateOidc.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authenticateOidcInput() {
        return this._authenticateOidc.internalValue;
    }
    get fixedResponse() {
        return this._fixedResponse;
    }
    putFixedResponse(value) {
        this._fixedResponse.internalValue = value;
    }
    resetFixedResponse() {
        this._fixedResponse.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fixedResponseInput() {
        return this._fixedResponse.internalValue;
    }
    get forward() {
        return this._forward;
    }
    putForward(value) {
        this._forward.internalValue = value;
    }
    resetForward() {
        this._forward.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forwardInput() {
        return this._forward.internalValue;
    }
    get redirect() {
        return this._redirect;
    }
    putRedirect(value) {
        this._redirect.internalValue = value;
    }
    resetRedirect() {
        this._redirect.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get redirectInput() {
        return this._redirect.internalValue;
    }
}
exports.LbListenerDefaultActionOutputReference = LbListenerDefaultActionOutputReference;
class LbListenerDefaultActionList extends cdktn.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new LbListenerDefaultActionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LbListenerDefaultActionList = LbListenerDefaultActionList;
function lbListenerMutualAuthenticationToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        advertise_trust_store_ca_names: cdktn.stringToTerraform(struct.advertiseTrustStoreCaNames),
        ignore_client_certificate_expiry: cdktn.booleanToTerraform(struct.ignoreClientCertificateExpiry),
        mode: cdktn.stringToTerraform(struct.mode),
        trust_store_arn: cdktn.stringToTerraform(struct.trustStoreArn),
    };
}
function lbListenerMutualAuthenticationToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        advertise_trust_store_ca_names: {
            value: cdktn.stringToHclTerraform(struct.advertiseTrustStoreCaNames),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ignore_client_certificate_expiry: {
            value: cdktn.booleanToHclTerraform(struct.ignoreClientCertificateExpiry),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mode: {
            value: cdktn.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        trust_store_arn: {
            value: cdktn.stringToHclTerraform(struct.trustStoreArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerMutualAuthenticationOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._advertiseTrustStoreCaNames !== undefined) {
            hasAnyValues = true;
            internalValueResult.advertiseTrustStoreCaNames = this._advertiseTrustStoreCaNames;
        }
        if (this._ignoreClientCertificateExpiry !== undefined) {
            hasAnyValues = true;
            internalValueResult.ignoreClientCertificateExpiry = this._ignoreClientCertificateExpiry;
        }
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        if (this._trustStoreArn !== undefined) {
            hasAnyValues = true;
            internalValueResult.trustStoreArn = this._trustStoreArn;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._advertiseTrustStoreCaNames = undefined;
            this._ignoreClientCertificateExpiry = undefined;
            this._mode = undefined;
            this._trustStoreArn = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._advertiseTrustStoreCaNames = value.advertiseTrustStoreCaNames;
            this._ignoreClientCertificateExpiry = value.ignoreClientCertificateExpiry;
            this._mode = value.mode;
            this._trustStoreArn = value.trustStoreArn;
        }
    }
    get advertiseTrustStoreCaNames() {
        return this.getStringAttribute('advertise_trust_store_ca_names');
    }
    set advertiseTrustStoreCaNames(value) {
        this._advertiseTrustStoreCaNames = value;
    }
    resetAdvertiseTrustStoreCaNames() {
        this._advertiseTrustStoreCaNames = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advertiseTrustStoreCaNamesInput() {
        return this._advertiseTrustStoreCaNames;
    }
    get ignoreClientCertificateExpiry() {
        return this.getBooleanAttribute('ignore_client_certificate_expiry');
    }
    set ignoreClientCertificateExpiry(value) {
        this._ignoreClientCertificateExpiry = value;
    }
    resetIgnoreClientCertificateExpiry() {
        this._ignoreClientCertificateExpiry = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreClientCertificateExpiryInput() {
        return this._ignoreClientCertificateExpiry;
    }
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
    get trustStoreArn() {
        return this.getStringAttribute('trust_store_arn');
    }
    set trustStoreArn(value) {
        this._trustStoreArn = value;
    }
    resetTrustStoreArn() {
        this._trustStoreArn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get trustStoreArnInput() {
        return this._trustStoreArn;
    }
}
exports.LbListenerMutualAuthenticationOutputReference = LbListenerMutualAuthenticationOutputReference;
function lbListenerTimeoutsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        create: cdktn.stringToTerraform(struct.create),
        update: cdktn.stringToTerraform(struct.update),
    };
}
function lbListenerTimeoutsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        create: {
            value: cdktn.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        update: {
            value: cdktn.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbListenerTimeoutsOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._update = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._update = value.update;
        }
    }
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.LbListenerTimeoutsOutputReference = LbListenerTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_listener aws_lb_listener}
*/
class LbListener extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_lb_listener"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a LbListener resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the LbListener to import
    * @param importFromId The id of the existing LbListener that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_listener#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the LbListener to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_lb_listener", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_listener aws_lb_listener} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LbListenerConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'aws_lb_listener',
            terraformGeneratorMetadata: {
                providerName: 'aws',
                providerVersion: '5.100.0',
                providerVersionConstraint: '5.100.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        // default_action - computed: false, optional: false, required: true
        this._defaultAction = new LbListenerDefaultActionList(this, "default_action", false);
        // mutual_authentication - computed: false, optional: true, required: false
        this._mutualAuthentication = new LbListenerMutualAuthenticationOutputReference(this, "mutual_authentication");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new LbListenerTimeoutsOutputReference(this, "timeouts");
        this._alpnPolicy = config.alpnPolicy;
        this._certificateArn = config.certificateArn;
        this._id = config.id;
        this._loadBalancerArn = config.loadBalancerArn;
        this._port = config.port;
        this._protocol = config.protocol;
        this._routingHttpRequestXAmznMtlsClientcertHeaderName = config.routingHttpRequestXAmznMtlsClientcertHeaderName;
        this._routingHttpRequestXAmznMtlsClientcertIssuerHeaderName = config.routingHttpRequestXAmznMtlsClientcertIssuerHeaderName;
        this._routingHttpRequestXAmznMtlsClientcertLeafHeaderName = config.routingHttpRequestXAmznMtlsClientcertLeafHeaderName;
        this._routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName = config.routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName;
        this._routingHttpRequestXAmznMtlsClientcertSubjectHeaderName = config.routingHttpRequestXAmznMtlsClientcertSubjectHeaderName;
        this._routingHttpRequestXAmznMtlsClientcertValidityHeaderName = config.routingHttpRequestXAmznMtlsClientcertValidityHeaderName;
        this._routingHttpRequestXAmznTlsCipherSuiteHeaderName = config.routingHttpRequestXAmznTlsCipherSuiteHeaderName;
        this._routingHttpRequestXAmznTlsVersionHeaderName = config.routingHttpRequestXAmznTlsVersionHeaderName;
        this._routingHttpResponseAccessControlAllowCredentialsHeaderValue = config.routingHttpResponseAccessControlAllowCredentialsHeaderValue;
        this._routingHttpResponseAccessControlAllowHeadersHeaderValue = config.routingHttpResponseAccessControlAllowHeadersHeaderValue;
        this._routingHttpResponseAccessControlAllowMethodsHeaderValue = config.routingHttpResponseAccessControlAllowMethodsHeaderValue;
        this._routingHttpResponseAccessControlAllowOriginHeaderValue = config.routingHttpResponseAccessControlAllowOriginHeaderValue;
        this._routingHttpResponseAccessControlExposeHeadersHeaderValue = config.routingHttpResponseAccessControlExposeHeadersHeaderValue;
        this._routingHttpResponseAccessControlMaxAgeHeaderValue = config.routingHttpResponseAccessControlMaxAgeHeaderValue;
        this._routingHttpResponseContentSecurityPolicyHeaderValue = config.routingHttpResponseContentSecurityPolicyHeaderValue;
        this._routingHttpResponseServerEnabled = config.routingHttpResponseServerEnabled;
        this._routingHttpResponseStrictTransportSecurityHeaderValue = config.routingHttpResponseStrictTransportSecurityHeaderValue;
        this._routingHttpResponseXContentTypeOptionsHeaderValue = config.routingHttpResponseXContentTypeOptionsHeaderValue;
        this._routingHttpResponseXFrameOptionsHeaderValue = config.routingHttpResponseXFrameOptionsHeaderValue;
        this._sslPolicy = config.sslPolicy;
        this._tags = config.tags;
        this._tagsAll = config.tagsAll;
        this._tcpIdleTimeoutSeconds = config.tcpIdleTimeoutSeconds;
        this._defaultAction.internalValue = config.defaultAction;
        this._mutualAuthentication.internalValue = config.mutualAuthentication;
        this._timeouts.internalValue = config.timeouts;
    }
    get alpnPolicy() {
        return this.getStringAttribute('alpn_policy');
    }
    set alpnPolicy(value) {
        this._alpnPolicy = value;
    }
    resetAlpnPolicy() {
        this._alpnPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get alpnPolicyInput() {
        return this._alpnPolicy;
    }
    // arn - computed: true, optional: false, required: false
    get arn() {
        return this.getStringAttribute('arn');
    }
    get certificateArn() {
        return this.getStringAttribute('certificate_arn');
    }
    set certificateArn(value) {
        this._certificateArn = value;
    }
    resetCertificateArn() {
        this._certificateArn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get certificateArnInput() {
        return this._certificateArn;
    }
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    get loadBalancerArn() {
        return this.getStringAttribute('load_balancer_arn');
    }
    set loadBalancerArn(value) {
        this._loadBalancerArn = value;
    }
    // Temporarily expose input value. Use with caution.
    get loadBalancerArnInput() {
        return this._loadBalancerArn;
    }
    get port() {
        return this.getNumberAttribute('port');
    }
    set port(value) {
        this._port = value;
    }
    resetPort() {
        this._port = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portInput() {
        return this._port;
    }
    get protocol() {
        return this.getStringAttribute('protocol');
    }
    set protocol(value) {
        this._protocol = value;
    }
    resetProtocol() {
        this._protocol = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protocolInput() {
        return this._protocol;
    }
    get routingHttpRequestXAmznMtlsClientcertHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_mtls_clientcert_header_name');
    }
    set routingHttpRequestXAmznMtlsClientcertHeaderName(value) {
        this._routingHttpRequestXAmznMtlsClientcertHeaderName = value;
    }
    resetRoutingHttpRequestXAmznMtlsClientcertHeaderName() {
        this._routingHttpRequestXAmznMtlsClientcertHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznMtlsClientcertHeaderNameInput() {
        return this._routingHttpRequestXAmznMtlsClientcertHeaderName;
    }
    get routingHttpRequestXAmznMtlsClientcertIssuerHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_mtls_clientcert_issuer_header_name');
    }
    set routingHttpRequestXAmznMtlsClientcertIssuerHeaderName(value) {
        this._routingHttpRequestXAmznMtlsClientcertIssuerHeaderName = value;
    }
    resetRoutingHttpRequestXAmznMtlsClientcertIssuerHeaderName() {
        this._routingHttpRequestXAmznMtlsClientcertIssuerHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznMtlsClientcertIssuerHeaderNameInput() {
        return this._routingHttpRequestXAmznMtlsClientcertIssuerHeaderName;
    }
    get routingHttpRequestXAmznMtlsClientcertLeafHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_mtls_clientcert_leaf_header_name');
    }
    set routingHttpRequestXAmznMtlsClientcertLeafHeaderName(value) {
        this._routingHttpRequestXAmznMtlsClientcertLeafHeaderName = value;
    }
    resetRoutingHttpRequestXAmznMtlsClientcertLeafHeaderName() {
        this._routingHttpRequestXAmznMtlsClientcertLeafHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznMtlsClientcertLeafHeaderNameInput() {
        return this._routingHttpRequestXAmznMtlsClientcertLeafHeaderName;
    }
    get routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name');
    }
    set routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName(value) {
        this._routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName = value;
    }
    resetRoutingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName() {
        this._routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderNameInput() {
        return this._routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName;
    }
    get routingHttpRequestXAmznMtlsClientcertSubjectHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_mtls_clientcert_subject_header_name');
    }
    set routingHttpRequestXAmznMtlsClientcertSubjectHeaderName(value) {
        this._routingHttpRequestXAmznMtlsClientcertSubjectHeaderName = value;
    }
    resetRoutingHttpRequestXAmznMtlsClientcertSubjectHeaderName() {
        this._routingHttpRequestXAmznMtlsClientcertSubjectHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznMtlsClientcertSubjectHeaderNameInput() {
        return this._routingHttpRequestXAmznMtlsClientcertSubjectHeaderName;
    }
    get routingHttpRequestXAmznMtlsClientcertValidityHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_mtls_clientcert_validity_header_name');
    }
    set routingHttpRequestXAmznMtlsClientcertValidityHeaderName(value) {
        this._routingHttpRequestXAmznMtlsClientcertValidityHeaderName = value;
    }
    resetRoutingHttpRequestXAmznMtlsClientcertValidityHeaderName() {
        this._routingHttpRequestXAmznMtlsClientcertValidityHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznMtlsClientcertValidityHeaderNameInput() {
        return this._routingHttpRequestXAmznMtlsClientcertValidityHeaderName;
    }
    get routingHttpRequestXAmznTlsCipherSuiteHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_tls_cipher_suite_header_name');
    }
    set routingHttpRequestXAmznTlsCipherSuiteHeaderName(value) {
        this._routingHttpRequestXAmznTlsCipherSuiteHeaderName = value;
    }
    resetRoutingHttpRequestXAmznTlsCipherSuiteHeaderName() {
        this._routingHttpRequestXAmznTlsCipherSuiteHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznTlsCipherSuiteHeaderNameInput() {
        return this._routingHttpRequestXAmznTlsCipherSuiteHeaderName;
    }
    get routingHttpRequestXAmznTlsVersionHeaderName() {
        return this.getStringAttribute('routing_http_request_x_amzn_tls_version_header_name');
    }
    set routingHttpRequestXAmznTlsVersionHeaderName(value) {
        this._routingHttpRequestXAmznTlsVersionHeaderName = value;
    }
    resetRoutingHttpRequestXAmznTlsVersionHeaderName() {
        this._routingHttpRequestXAmznTlsVersionHeaderName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpRequestXAmznTlsVersionHeaderNameInput() {
        return this._routingHttpRequestXAmznTlsVersionHeaderName;
    }
    get routingHttpResponseAccessControlAllowCredentialsHeaderValue() {
        return this.getStringAttribute('routing_http_response_access_control_allow_credentials_header_value');
    }
    set routingHttpResponseAccessControlAllowCredentialsHeaderValue(value) {
        this._routingHttpResponseAccessControlAllowCredentialsHeaderValue = value;
    }
    resetRoutingHttpResponseAccessControlAllowCredentialsHeaderValue() {
        this._routingHttpResponseAccessControlAllowCredentialsHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseAccessControlAllowCredentialsHeaderValueInput() {
        return this._routingHttpResponseAccessControlAllowCredentialsHeaderValue;
    }
    get routingHttpResponseAccessControlAllowHeadersHeaderValue() {
        return this.getStringAttribute('routing_http_response_access_control_allow_headers_header_value');
    }
    set routingHttpResponseAccessControlAllowHeadersHeaderValue(value) {
        this._routingHttpResponseAccessControlAllowHeadersHeaderValue = value;
    }
    resetRoutingHttpResponseAccessControlAllowHeadersHeaderValue() {
        this._routingHttpResponseAccessControlAllowHeadersHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseAccessControlAllowHeadersHeaderValueInput() {
        return this._routingHttpResponseAccessControlAllowHeadersHeaderValue;
    }
    get routingHttpResponseAccessControlAllowMethodsHeaderValue() {
        return this.getStringAttribute('routing_http_response_access_control_allow_methods_header_value');
    }
    set routingHttpResponseAccessControlAllowMethodsHeaderValue(value) {
        this._routingHttpResponseAccessControlAllowMethodsHeaderValue = value;
    }
    resetRoutingHttpResponseAccessControlAllowMethodsHeaderValue() {
        this._routingHttpResponseAccessControlAllowMethodsHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseAccessControlAllowMethodsHeaderValueInput() {
        return this._routingHttpResponseAccessControlAllowMethodsHeaderValue;
    }
    get routingHttpResponseAccessControlAllowOriginHeaderValue() {
        return this.getStringAttribute('routing_http_response_access_control_allow_origin_header_value');
    }
    set routingHttpResponseAccessControlAllowOriginHeaderValue(value) {
        this._routingHttpResponseAccessControlAllowOriginHeaderValue = value;
    }
    resetRoutingHttpResponseAccessControlAllowOriginHeaderValue() {
        this._routingHttpResponseAccessControlAllowOriginHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseAccessControlAllowOriginHeaderValueInput() {
        return this._routingHttpResponseAccessControlAllowOriginHeaderValue;
    }
    get routingHttpResponseAccessControlExposeHeadersHeaderValue() {
        return this.getStringAttribute('routing_http_response_access_control_expose_headers_header_value');
    }
    set routingHttpResponseAccessControlExposeHeadersHeaderValue(value) {
        this._routingHttpResponseAccessControlExposeHeadersHeaderValue = value;
    }
    resetRoutingHttpResponseAccessControlExposeHeadersHeaderValue() {
        this._routingHttpResponseAccessControlExposeHeadersHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseAccessControlExposeHeadersHeaderValueInput() {
        return this._routingHttpResponseAccessControlExposeHeadersHeaderValue;
    }
    get routingHttpResponseAccessControlMaxAgeHeaderValue() {
        return this.getStringAttribute('routing_http_response_access_control_max_age_header_value');
    }
    set routingHttpResponseAccessControlMaxAgeHeaderValue(value) {
        this._routingHttpResponseAccessControlMaxAgeHeaderValue = value;
    }
    resetRoutingHttpResponseAccessControlMaxAgeHeaderValue() {
        this._routingHttpResponseAccessControlMaxAgeHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseAccessControlMaxAgeHeaderValueInput() {
        return this._routingHttpResponseAccessControlMaxAgeHeaderValue;
    }
    get routingHttpResponseContentSecurityPolicyHeaderValue() {
        return this.getStringAttribute('routing_http_response_content_security_policy_header_value');
    }
    set routingHttpResponseContentSecurityPolicyHeaderValue(value) {
        this._routingHttpResponseContentSecurityPolicyHeaderValue = value;
    }
    resetRoutingHttpResponseContentSecurityPolicyHeaderValue() {
        this._routingHttpResponseContentSecurityPolicyHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseContentSecurityPolicyHeaderValueInput() {
        return this._routingHttpResponseContentSecurityPolicyHeaderValue;
    }
    get routingHttpResponseServerEnabled() {
        return this.getBooleanAttribute('routing_http_response_server_enabled');
    }
    set routingHttpResponseServerEnabled(value) {
        this._routingHttpResponseServerEnabled = value;
    }
    resetRoutingHttpResponseServerEnabled() {
        this._routingHttpResponseServerEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseServerEnabledInput() {
        return this._routingHttpResponseServerEnabled;
    }
    get routingHttpResponseStrictTransportSecurityHeaderValue() {
        return this.getStringAttribute('routing_http_response_strict_transport_security_header_value');
    }
    set routingHttpResponseStrictTransportSecurityHeaderValue(value) {
        this._routingHttpResponseStrictTransportSecurityHeaderValue = value;
    }
    resetRoutingHttpResponseStrictTransportSecurityHeaderValue() {
        this._routingHttpResponseStrictTransportSecurityHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseStrictTransportSecurityHeaderValueInput() {
        return this._routingHttpResponseStrictTransportSecurityHeaderValue;
    }
    get routingHttpResponseXContentTypeOptionsHeaderValue() {
        return this.getStringAttribute('routing_http_response_x_content_type_options_header_value');
    }
    set routingHttpResponseXContentTypeOptionsHeaderValue(value) {
        this._routingHttpResponseXContentTypeOptionsHeaderValue = value;
    }
    resetRoutingHttpResponseXContentTypeOptionsHeaderValue() {
        this._routingHttpResponseXContentTypeOptionsHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseXContentTypeOptionsHeaderValueInput() {
        return this._routingHttpResponseXContentTypeOptionsHeaderValue;
    }
    get routingHttpResponseXFrameOptionsHeaderValue() {
        return this.getStringAttribute('routing_http_response_x_frame_options_header_value');
    }
    set routingHttpResponseXFrameOptionsHeaderValue(value) {
        this._routingHttpResponseXFrameOptionsHeaderValue = value;
    }
    resetRoutingHttpResponseXFrameOptionsHeaderValue() {
        this._routingHttpResponseXFrameOptionsHeaderValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routingHttpResponseXFrameOptionsHeaderValueInput() {
        return this._routingHttpResponseXFrameOptionsHeaderValue;
    }
    get sslPolicy() {
        return this.getStringAttribute('ssl_policy');
    }
    set sslPolicy(value) {
        this._sslPolicy = value;
    }
    resetSslPolicy() {
        this._sslPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sslPolicyInput() {
        return this._sslPolicy;
    }
    get tags() {
        return this.getStringMapAttribute('tags');
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    get tagsAll() {
        return this.getStringMapAttribute('tags_all');
    }
    set tagsAll(value) {
        this._tagsAll = value;
    }
    resetTagsAll() {
        this._tagsAll = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsAllInput() {
        return this._tagsAll;
    }
    get tcpIdleTimeoutSeconds() {
        return this.getNumberAttribute('tcp_idle_timeout_seconds');
    }
    set tcpIdleTimeoutSeconds(value) {
        this._tcpIdleTimeoutSeconds = value;
    }
    resetTcpIdleTimeoutSeconds() {
        this._tcpIdleTimeoutSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tcpIdleTimeoutSecondsInput() {
        return this._tcpIdleTimeoutSeconds;
    }
    get defaultAction() {
        return this._defaultAction;
    }
    putDefaultAction(value) {
        this._defaultAction.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get defaultActionInput() {
        return this._defaultAction.internalValue;
    }
    get mutualAuthentication() {
        return this._mutualAuthentication;
    }
    putMutualAuthentication(value) {
        this._mutualAuthentication.internalValue = value;
    }
    resetMutualAuthentication() {
        this._mutualAuthentication.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mutualAuthenticationInput() {
        return this._mutualAuthentication.internalValue;
    }
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            alpn_policy: cdktn.stringToTerraform(this._alpnPolicy),
            certificate_arn: cdktn.stringToTerraform(this._certificateArn),
            id: cdktn.stringToTerraform(this._id),
            load_balancer_arn: cdktn.stringToTerraform(this._loadBalancerArn),
            port: cdktn.numberToTerraform(this._port),
            protocol: cdktn.stringToTerraform(this._protocol),
            routing_http_request_x_amzn_mtls_clientcert_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznMtlsClientcertHeaderName),
            routing_http_request_x_amzn_mtls_clientcert_issuer_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznMtlsClientcertIssuerHeaderName),
            routing_http_request_x_amzn_mtls_clientcert_leaf_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznMtlsClientcertLeafHeaderName),
            routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName),
            routing_http_request_x_amzn_mtls_clientcert_subject_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznMtlsClientcertSubjectHeaderName),
            routing_http_request_x_amzn_mtls_clientcert_validity_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznMtlsClientcertValidityHeaderName),
            routing_http_request_x_amzn_tls_cipher_suite_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznTlsCipherSuiteHeaderName),
            routing_http_request_x_amzn_tls_version_header_name: cdktn.stringToTerraform(this._routingHttpRequestXAmznTlsVersionHeaderName),
            routing_http_response_access_control_allow_credentials_header_value: cdktn.stringToTerraform(this._routingHttpResponseAccessControlAllowCredentialsHeaderValue),
            routing_http_response_access_control_allow_headers_header_value: cdktn.stringToTerraform(this._routingHttpResponseAccessControlAllowHeadersHeaderValue),
            routing_http_response_access_control_allow_methods_header_value: cdktn.stringToTerraform(this._routingHttpResponseAccessControlAllowMethodsHeaderValue),
            routing_http_response_access_control_allow_origin_header_value: cdktn.stringToTerraform(this._routingHttpResponseAccessControlAllowOriginHeaderValue),
            routing_http_response_access_control_expose_headers_header_value: cdktn.stringToTerraform(this._routingHttpResponseAccessControlExposeHeadersHeaderValue),
            routing_http_response_access_control_max_age_header_value: cdktn.stringToTerraform(this._routingHttpResponseAccessControlMaxAgeHeaderValue),
            routing_http_response_content_security_policy_header_value: cdktn.stringToTerraform(this._routingHttpResponseContentSecurityPolicyHeaderValue),
            routing_http_response_server_enabled: cdktn.booleanToTerraform(this._routingHttpResponseServerEnabled),
            routing_http_response_strict_transport_security_header_value: cdktn.stringToTerraform(this._routingHttpResponseStrictTransportSecurityHeaderValue),
            routing_http_response_x_content_type_options_header_value: cdktn.stringToTerraform(this._routingHttpResponseXContentTypeOptionsHeaderValue),
            routing_http_response_x_frame_options_header_value: cdktn.stringToTerraform(this._routingHttpResponseXFrameOptionsHeaderValue),
            ssl_policy: cdktn.stringToTerraform(this._sslPolicy),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            tags_all: cdktn.hashMapper(cdktn.stringToTerraform)(this._tagsAll),
            tcp_idle_timeout_seconds: cdktn.numberToTerraform(this._tcpIdleTimeoutSeconds),
            default_action: cdktn.listMapper(lbListenerDefaultActionToTerraform, true)(this._defaultAction.internalValue),
            mutual_authentication: lbListenerMutualAuthenticationToTerraform(this._mutualAuthentication.internalValue),
            timeouts: lbListenerTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            alpn_policy: {
                value: cdktn.stringToHclTerraform(this._alpnPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            certificate_arn: {
                value: cdktn.stringToHclTerraform(this._certificateArn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktn.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            load_balancer_arn: {
                value: cdktn.stringToHclTerraform(this._loadBalancerArn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            port: {
                value: cdktn.numberToHclTerraform(this._port),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            protocol: {
                value: cdktn.stringToHclTerraform(this._protocol),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_mtls_clientcert_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznMtlsClientcertHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_mtls_clientcert_issuer_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznMtlsClientcertIssuerHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_mtls_clientcert_leaf_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznMtlsClientcertLeafHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznMtlsClientcertSerialNumberHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_mtls_clientcert_subject_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznMtlsClientcertSubjectHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_mtls_clientcert_validity_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznMtlsClientcertValidityHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_tls_cipher_suite_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznTlsCipherSuiteHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_request_x_amzn_tls_version_header_name: {
                value: cdktn.stringToHclTerraform(this._routingHttpRequestXAmznTlsVersionHeaderName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_access_control_allow_credentials_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseAccessControlAllowCredentialsHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_access_control_allow_headers_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseAccessControlAllowHeadersHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_access_control_allow_methods_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseAccessControlAllowMethodsHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_access_control_allow_origin_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseAccessControlAllowOriginHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_access_control_expose_headers_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseAccessControlExposeHeadersHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_access_control_max_age_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseAccessControlMaxAgeHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_content_security_policy_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseContentSecurityPolicyHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_server_enabled: {
                value: cdktn.booleanToHclTerraform(this._routingHttpResponseServerEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            routing_http_response_strict_transport_security_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseStrictTransportSecurityHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_x_content_type_options_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseXContentTypeOptionsHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            routing_http_response_x_frame_options_header_value: {
                value: cdktn.stringToHclTerraform(this._routingHttpResponseXFrameOptionsHeaderValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ssl_policy: {
                value: cdktn.stringToHclTerraform(this._sslPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tags: {
                value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._tags),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            tags_all: {
                value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._tagsAll),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            tcp_idle_timeout_seconds: {
                value: cdktn.numberToHclTerraform(this._tcpIdleTimeoutSeconds),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            default_action: {
                value: cdktn.listMapperHcl(lbListenerDefaultActionToHclTerraform, true)(this._defaultAction.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbListenerDefaultActionList",
            },
            mutual_authentication: {
                value: lbListenerMutualAuthenticationToHclTerraform(this._mutualAuthentication.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbListenerMutualAuthenticationList",
            },
            timeouts: {
                value: lbListenerTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "LbListenerTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.LbListener = LbListener;
