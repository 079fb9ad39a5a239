"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_target_group
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.LbTargetGroup = exports.LbTargetGroupTargetHealthStateList = exports.LbTargetGroupTargetHealthStateOutputReference = exports.LbTargetGroupTargetGroupHealthOutputReference = exports.LbTargetGroupTargetGroupHealthUnhealthyStateRoutingOutputReference = exports.LbTargetGroupTargetGroupHealthDnsFailoverOutputReference = exports.LbTargetGroupTargetFailoverList = exports.LbTargetGroupTargetFailoverOutputReference = exports.LbTargetGroupStickinessOutputReference = exports.LbTargetGroupHealthCheckOutputReference = void 0;
exports.lbTargetGroupHealthCheckToTerraform = lbTargetGroupHealthCheckToTerraform;
exports.lbTargetGroupHealthCheckToHclTerraform = lbTargetGroupHealthCheckToHclTerraform;
exports.lbTargetGroupStickinessToTerraform = lbTargetGroupStickinessToTerraform;
exports.lbTargetGroupStickinessToHclTerraform = lbTargetGroupStickinessToHclTerraform;
exports.lbTargetGroupTargetFailoverToTerraform = lbTargetGroupTargetFailoverToTerraform;
exports.lbTargetGroupTargetFailoverToHclTerraform = lbTargetGroupTargetFailoverToHclTerraform;
exports.lbTargetGroupTargetGroupHealthDnsFailoverToTerraform = lbTargetGroupTargetGroupHealthDnsFailoverToTerraform;
exports.lbTargetGroupTargetGroupHealthDnsFailoverToHclTerraform = lbTargetGroupTargetGroupHealthDnsFailoverToHclTerraform;
exports.lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToTerraform = lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToTerraform;
exports.lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToHclTerraform = lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToHclTerraform;
exports.lbTargetGroupTargetGroupHealthToTerraform = lbTargetGroupTargetGroupHealthToTerraform;
exports.lbTargetGroupTargetGroupHealthToHclTerraform = lbTargetGroupTargetGroupHealthToHclTerraform;
exports.lbTargetGroupTargetHealthStateToTerraform = lbTargetGroupTargetHealthStateToTerraform;
exports.lbTargetGroupTargetHealthStateToHclTerraform = lbTargetGroupTargetHealthStateToHclTerraform;
const cdktn = require("cdktn");
function lbTargetGroupHealthCheckToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        enabled: cdktn.booleanToTerraform(struct.enabled),
        healthy_threshold: cdktn.numberToTerraform(struct.healthyThreshold),
        interval: cdktn.numberToTerraform(struct.interval),
        matcher: cdktn.stringToTerraform(struct.matcher),
        path: cdktn.stringToTerraform(struct.path),
        port: cdktn.stringToTerraform(struct.port),
        protocol: cdktn.stringToTerraform(struct.protocol),
        timeout: cdktn.numberToTerraform(struct.timeout),
        unhealthy_threshold: cdktn.numberToTerraform(struct.unhealthyThreshold),
    };
}
function lbTargetGroupHealthCheckToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        enabled: {
            value: cdktn.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        healthy_threshold: {
            value: cdktn.numberToHclTerraform(struct.healthyThreshold),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        interval: {
            value: cdktn.numberToHclTerraform(struct.interval),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        matcher: {
            value: cdktn.stringToHclTerraform(struct.matcher),
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
        timeout: {
            value: cdktn.numberToHclTerraform(struct.timeout),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        unhealthy_threshold: {
            value: cdktn.numberToHclTerraform(struct.unhealthyThreshold),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupHealthCheckOutputReference extends cdktn.ComplexObject {
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
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._healthyThreshold !== undefined) {
            hasAnyValues = true;
            internalValueResult.healthyThreshold = this._healthyThreshold;
        }
        if (this._interval !== undefined) {
            hasAnyValues = true;
            internalValueResult.interval = this._interval;
        }
        if (this._matcher !== undefined) {
            hasAnyValues = true;
            internalValueResult.matcher = this._matcher;
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
        if (this._timeout !== undefined) {
            hasAnyValues = true;
            internalValueResult.timeout = this._timeout;
        }
        if (this._unhealthyThreshold !== undefined) {
            hasAnyValues = true;
            internalValueResult.unhealthyThreshold = this._unhealthyThreshold;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._healthyThreshold = undefined;
            this._interval = undefined;
            this._matcher = undefined;
            this._path = undefined;
            this._port = undefined;
            this._protocol = undefined;
            this._timeout = undefined;
            this._unhealthyThreshold = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._healthyThreshold = value.healthyThreshold;
            this._interval = value.interval;
            this._matcher = value.matcher;
            this._path = value.path;
            this._port = value.port;
            this._protocol = value.protocol;
            this._timeout = value.timeout;
            this._unhealthyThreshold = value.unhealthyThreshold;
        }
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
    get healthyThreshold() {
        return this.getNumberAttribute('healthy_threshold');
    }
    set healthyThreshold(value) {
        this._healthyThreshold = value;
    }
    resetHealthyThreshold() {
        this._healthyThreshold = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get healthyThresholdInput() {
        return this._healthyThreshold;
    }
    get interval() {
        return this.getNumberAttribute('interval');
    }
    set interval(value) {
        this._interval = value;
    }
    resetInterval() {
        this._interval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get intervalInput() {
        return this._interval;
    }
    get matcher() {
        return this.getStringAttribute('matcher');
    }
    set matcher(value) {
        this._matcher = value;
    }
    resetMatcher() {
        this._matcher = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get matcherInput() {
        return this._matcher;
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
    get timeout() {
        return this.getNumberAttribute('timeout');
    }
    set timeout(value) {
        this._timeout = value;
    }
    resetTimeout() {
        this._timeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutInput() {
        return this._timeout;
    }
    get unhealthyThreshold() {
        return this.getNumberAttribute('unhealthy_threshold');
    }
    set unhealthyThreshold(value) {
        this._unhealthyThreshold = value;
    }
    resetUnhealthyThreshold() {
        this._unhealthyThreshold = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unhealthyThresholdInput() {
        return this._unhealthyThreshold;
    }
}
exports.LbTargetGroupHealthCheckOutputReference = LbTargetGroupHealthCheckOutputReference;
function lbTargetGroupStickinessToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        cookie_duration: cdktn.numberToTerraform(struct.cookieDuration),
        cookie_name: cdktn.stringToTerraform(struct.cookieName),
        enabled: cdktn.booleanToTerraform(struct.enabled),
        type: cdktn.stringToTerraform(struct.type),
    };
}
function lbTargetGroupStickinessToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        cookie_duration: {
            value: cdktn.numberToHclTerraform(struct.cookieDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        cookie_name: {
            value: cdktn.stringToHclTerraform(struct.cookieName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enabled: {
            value: cdktn.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        type: {
            value: cdktn.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupStickinessOutputReference extends cdktn.ComplexObject {
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
        if (this._cookieDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.cookieDuration = this._cookieDuration;
        }
        if (this._cookieName !== undefined) {
            hasAnyValues = true;
            internalValueResult.cookieName = this._cookieName;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._cookieDuration = undefined;
            this._cookieName = undefined;
            this._enabled = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._cookieDuration = value.cookieDuration;
            this._cookieName = value.cookieName;
            this._enabled = value.enabled;
            this._type = value.type;
        }
    }
    get cookieDuration() {
        return this.getNumberAttribute('cookie_duration');
    }
    set cookieDuration(value) {
        this._cookieDuration = value;
    }
    resetCookieDuration() {
        this._cookieDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cookieDurationInput() {
        return this._cookieDuration;
    }
    get cookieName() {
        return this.getStringAttribute('cookie_name');
    }
    set cookieName(value) {
        this._cookieName = value;
    }
    resetCookieName() {
        this._cookieName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cookieNameInput() {
        return this._cookieName;
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
}
exports.LbTargetGroupStickinessOutputReference = LbTargetGroupStickinessOutputReference;
function lbTargetGroupTargetFailoverToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        on_deregistration: cdktn.stringToTerraform(struct.onDeregistration),
        on_unhealthy: cdktn.stringToTerraform(struct.onUnhealthy),
    };
}
function lbTargetGroupTargetFailoverToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        on_deregistration: {
            value: cdktn.stringToHclTerraform(struct.onDeregistration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        on_unhealthy: {
            value: cdktn.stringToHclTerraform(struct.onUnhealthy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupTargetFailoverOutputReference extends cdktn.ComplexObject {
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
        if (this._onDeregistration !== undefined) {
            hasAnyValues = true;
            internalValueResult.onDeregistration = this._onDeregistration;
        }
        if (this._onUnhealthy !== undefined) {
            hasAnyValues = true;
            internalValueResult.onUnhealthy = this._onUnhealthy;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._onDeregistration = undefined;
            this._onUnhealthy = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._onDeregistration = value.onDeregistration;
            this._onUnhealthy = value.onUnhealthy;
        }
    }
    get onDeregistration() {
        return this.getStringAttribute('on_deregistration');
    }
    set onDeregistration(value) {
        this._onDeregistration = value;
    }
    // Temporarily expose input value. Use with caution.
    get onDeregistrationInput() {
        return this._onDeregistration;
    }
    get onUnhealthy() {
        return this.getStringAttribute('on_unhealthy');
    }
    set onUnhealthy(value) {
        this._onUnhealthy = value;
    }
    // Temporarily expose input value. Use with caution.
    get onUnhealthyInput() {
        return this._onUnhealthy;
    }
}
exports.LbTargetGroupTargetFailoverOutputReference = LbTargetGroupTargetFailoverOutputReference;
class LbTargetGroupTargetFailoverList extends cdktn.ComplexList {
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
        return new LbTargetGroupTargetFailoverOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LbTargetGroupTargetFailoverList = LbTargetGroupTargetFailoverList;
function lbTargetGroupTargetGroupHealthDnsFailoverToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        minimum_healthy_targets_count: cdktn.stringToTerraform(struct.minimumHealthyTargetsCount),
        minimum_healthy_targets_percentage: cdktn.stringToTerraform(struct.minimumHealthyTargetsPercentage),
    };
}
function lbTargetGroupTargetGroupHealthDnsFailoverToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        minimum_healthy_targets_count: {
            value: cdktn.stringToHclTerraform(struct.minimumHealthyTargetsCount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        minimum_healthy_targets_percentage: {
            value: cdktn.stringToHclTerraform(struct.minimumHealthyTargetsPercentage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupTargetGroupHealthDnsFailoverOutputReference extends cdktn.ComplexObject {
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
        if (this._minimumHealthyTargetsCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.minimumHealthyTargetsCount = this._minimumHealthyTargetsCount;
        }
        if (this._minimumHealthyTargetsPercentage !== undefined) {
            hasAnyValues = true;
            internalValueResult.minimumHealthyTargetsPercentage = this._minimumHealthyTargetsPercentage;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._minimumHealthyTargetsCount = undefined;
            this._minimumHealthyTargetsPercentage = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._minimumHealthyTargetsCount = value.minimumHealthyTargetsCount;
            this._minimumHealthyTargetsPercentage = value.minimumHealthyTargetsPercentage;
        }
    }
    get minimumHealthyTargetsCount() {
        return this.getStringAttribute('minimum_healthy_targets_count');
    }
    set minimumHealthyTargetsCount(value) {
        this._minimumHealthyTargetsCount = value;
    }
    resetMinimumHealthyTargetsCount() {
        this._minimumHealthyTargetsCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minimumHealthyTargetsCountInput() {
        return this._minimumHealthyTargetsCount;
    }
    get minimumHealthyTargetsPercentage() {
        return this.getStringAttribute('minimum_healthy_targets_percentage');
    }
    set minimumHealthyTargetsPercentage(value) {
        this._minimumHealthyTargetsPercentage = value;
    }
    resetMinimumHealthyTargetsPercentage() {
        this._minimumHealthyTargetsPercentage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minimumHealthyTargetsPercentageInput() {
        return this._minimumHealthyTargetsPercentage;
    }
}
exports.LbTargetGroupTargetGroupHealthDnsFailoverOutputReference = LbTargetGroupTargetGroupHealthDnsFailoverOutputReference;
function lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        minimum_healthy_targets_count: cdktn.numberToTerraform(struct.minimumHealthyTargetsCount),
        minimum_healthy_targets_percentage: cdktn.stringToTerraform(struct.minimumHealthyTargetsPercentage),
    };
}
function lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        minimum_healthy_targets_count: {
            value: cdktn.numberToHclTerraform(struct.minimumHealthyTargetsCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        minimum_healthy_targets_percentage: {
            value: cdktn.stringToHclTerraform(struct.minimumHealthyTargetsPercentage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupTargetGroupHealthUnhealthyStateRoutingOutputReference extends cdktn.ComplexObject {
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
        if (this._minimumHealthyTargetsCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.minimumHealthyTargetsCount = this._minimumHealthyTargetsCount;
        }
        if (this._minimumHealthyTargetsPercentage !== undefined) {
            hasAnyValues = true;
            internalValueResult.minimumHealthyTargetsPercentage = this._minimumHealthyTargetsPercentage;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._minimumHealthyTargetsCount = undefined;
            this._minimumHealthyTargetsPercentage = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._minimumHealthyTargetsCount = value.minimumHealthyTargetsCount;
            this._minimumHealthyTargetsPercentage = value.minimumHealthyTargetsPercentage;
        }
    }
    get minimumHealthyTargetsCount() {
        return this.getNumberAttribute('minimum_healthy_targets_count');
    }
    set minimumHealthyTargetsCount(value) {
        this._minimumHealthyTargetsCount = value;
    }
    resetMinimumHealthyTargetsCount() {
        this._minimumHealthyTargetsCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minimumHealthyTargetsCountInput() {
        return this._minimumHealthyTargetsCount;
    }
    get minimumHealthyTargetsPercentage() {
        return this.getStringAttribute('minimum_healthy_targets_percentage');
    }
    set minimumHealthyTargetsPercentage(value) {
        this._minimumHealthyTargetsPercentage = value;
    }
    resetMinimumHealthyTargetsPercentage() {
        this._minimumHealthyTargetsPercentage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minimumHealthyTargetsPercentageInput() {
        return this._minimumHealthyTargetsPercentage;
    }
}
exports.LbTargetGroupTargetGroupHealthUnhealthyStateRoutingOutputReference = LbTargetGroupTargetGroupHealthUnhealthyStateRoutingOutputReference;
function lbTargetGroupTargetGroupHealthToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        dns_failover: lbTargetGroupTargetGroupHealthDnsFailoverToTerraform(struct.dnsFailover),
        unhealthy_state_routing: lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToTerraform(struct.unhealthyStateRouting),
    };
}
function lbTargetGroupTargetGroupHealthToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        dns_failover: {
            value: lbTargetGroupTargetGroupHealthDnsFailoverToHclTerraform(struct.dnsFailover),
            isBlock: true,
            type: "list",
            storageClassType: "LbTargetGroupTargetGroupHealthDnsFailoverList",
        },
        unhealthy_state_routing: {
            value: lbTargetGroupTargetGroupHealthUnhealthyStateRoutingToHclTerraform(struct.unhealthyStateRouting),
            isBlock: true,
            type: "list",
            storageClassType: "LbTargetGroupTargetGroupHealthUnhealthyStateRoutingList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupTargetGroupHealthOutputReference extends cdktn.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // dns_failover - computed: false, optional: true, required: false
        this._dnsFailover = new LbTargetGroupTargetGroupHealthDnsFailoverOutputReference(this, "dns_failover");
        // unhealthy_state_routing - computed: false, optional: true, required: false
        this._unhealthyStateRouting = new LbTargetGroupTargetGroupHealthUnhealthyStateRoutingOutputReference(this, "unhealthy_state_routing");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._dnsFailover?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.dnsFailover = this._dnsFailover?.internalValue;
        }
        if (this._unhealthyStateRouting?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.unhealthyStateRouting = this._unhealthyStateRouting?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._dnsFailover.internalValue = undefined;
            this._unhealthyStateRouting.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._dnsFailover.internalValue = value.dnsFailover;
            this._unhealthyStateRouting.internalValue = value.unhealthyStateRouting;
        }
    }
    get dnsFailover() {
        return this._dnsFailover;
    }
    putDnsFailover(value) {
        this._dnsFailover.internalValue = value;
    }
    resetDnsFailover() {
        this._dnsFailover.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsFailoverInput() {
        return this._dnsFailover.internalValue;
    }
    get unhealthyStateRouting() {
        return this._unhealthyStateRouting;
    }
    putUnhealthyStateRouting(value) {
        this._unhealthyStateRouting.internalValue = value;
    }
    resetUnhealthyStateRouting() {
        this._unhealthyStateRouting.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unhealthyStateRoutingInput() {
        return this._unhealthyStateRouting.internalValue;
    }
}
exports.LbTargetGroupTargetGroupHealthOutputReference = LbTargetGroupTargetGroupHealthOutputReference;
function lbTargetGroupTargetHealthStateToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        enable_unhealthy_connection_termination: cdktn.booleanToTerraform(struct.enableUnhealthyConnectionTermination),
        unhealthy_draining_interval: cdktn.numberToTerraform(struct.unhealthyDrainingInterval),
    };
}
function lbTargetGroupTargetHealthStateToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        enable_unhealthy_connection_termination: {
            value: cdktn.booleanToHclTerraform(struct.enableUnhealthyConnectionTermination),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        unhealthy_draining_interval: {
            value: cdktn.numberToHclTerraform(struct.unhealthyDrainingInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbTargetGroupTargetHealthStateOutputReference extends cdktn.ComplexObject {
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
        if (this._enableUnhealthyConnectionTermination !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableUnhealthyConnectionTermination = this._enableUnhealthyConnectionTermination;
        }
        if (this._unhealthyDrainingInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.unhealthyDrainingInterval = this._unhealthyDrainingInterval;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._enableUnhealthyConnectionTermination = undefined;
            this._unhealthyDrainingInterval = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._enableUnhealthyConnectionTermination = value.enableUnhealthyConnectionTermination;
            this._unhealthyDrainingInterval = value.unhealthyDrainingInterval;
        }
    }
    get enableUnhealthyConnectionTermination() {
        return this.getBooleanAttribute('enable_unhealthy_connection_termination');
    }
    set enableUnhealthyConnectionTermination(value) {
        this._enableUnhealthyConnectionTermination = value;
    }
    // Temporarily expose input value. Use with caution.
    get enableUnhealthyConnectionTerminationInput() {
        return this._enableUnhealthyConnectionTermination;
    }
    get unhealthyDrainingInterval() {
        return this.getNumberAttribute('unhealthy_draining_interval');
    }
    set unhealthyDrainingInterval(value) {
        this._unhealthyDrainingInterval = value;
    }
    resetUnhealthyDrainingInterval() {
        this._unhealthyDrainingInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unhealthyDrainingIntervalInput() {
        return this._unhealthyDrainingInterval;
    }
}
exports.LbTargetGroupTargetHealthStateOutputReference = LbTargetGroupTargetHealthStateOutputReference;
class LbTargetGroupTargetHealthStateList extends cdktn.ComplexList {
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
        return new LbTargetGroupTargetHealthStateOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LbTargetGroupTargetHealthStateList = LbTargetGroupTargetHealthStateList;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_target_group aws_lb_target_group}
*/
class LbTargetGroup extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_lb_target_group"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a LbTargetGroup resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the LbTargetGroup to import
    * @param importFromId The id of the existing LbTargetGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_target_group#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the LbTargetGroup to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_lb_target_group", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb_target_group aws_lb_target_group} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LbTargetGroupConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'aws_lb_target_group',
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
        // health_check - computed: false, optional: true, required: false
        this._healthCheck = new LbTargetGroupHealthCheckOutputReference(this, "health_check");
        // stickiness - computed: false, optional: true, required: false
        this._stickiness = new LbTargetGroupStickinessOutputReference(this, "stickiness");
        // target_failover - computed: false, optional: true, required: false
        this._targetFailover = new LbTargetGroupTargetFailoverList(this, "target_failover", false);
        // target_group_health - computed: false, optional: true, required: false
        this._targetGroupHealth = new LbTargetGroupTargetGroupHealthOutputReference(this, "target_group_health");
        // target_health_state - computed: false, optional: true, required: false
        this._targetHealthState = new LbTargetGroupTargetHealthStateList(this, "target_health_state", false);
        this._connectionTermination = config.connectionTermination;
        this._deregistrationDelay = config.deregistrationDelay;
        this._id = config.id;
        this._ipAddressType = config.ipAddressType;
        this._lambdaMultiValueHeadersEnabled = config.lambdaMultiValueHeadersEnabled;
        this._loadBalancingAlgorithmType = config.loadBalancingAlgorithmType;
        this._loadBalancingAnomalyMitigation = config.loadBalancingAnomalyMitigation;
        this._loadBalancingCrossZoneEnabled = config.loadBalancingCrossZoneEnabled;
        this._name = config.name;
        this._namePrefix = config.namePrefix;
        this._port = config.port;
        this._preserveClientIp = config.preserveClientIp;
        this._protocol = config.protocol;
        this._protocolVersion = config.protocolVersion;
        this._proxyProtocolV2 = config.proxyProtocolV2;
        this._slowStart = config.slowStart;
        this._tags = config.tags;
        this._tagsAll = config.tagsAll;
        this._targetType = config.targetType;
        this._vpcId = config.vpcId;
        this._healthCheck.internalValue = config.healthCheck;
        this._stickiness.internalValue = config.stickiness;
        this._targetFailover.internalValue = config.targetFailover;
        this._targetGroupHealth.internalValue = config.targetGroupHealth;
        this._targetHealthState.internalValue = config.targetHealthState;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // arn - computed: true, optional: false, required: false
    get arn() {
        return this.getStringAttribute('arn');
    }
    // arn_suffix - computed: true, optional: false, required: false
    get arnSuffix() {
        return this.getStringAttribute('arn_suffix');
    }
    get connectionTermination() {
        return this.getBooleanAttribute('connection_termination');
    }
    set connectionTermination(value) {
        this._connectionTermination = value;
    }
    resetConnectionTermination() {
        this._connectionTermination = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectionTerminationInput() {
        return this._connectionTermination;
    }
    get deregistrationDelay() {
        return this.getStringAttribute('deregistration_delay');
    }
    set deregistrationDelay(value) {
        this._deregistrationDelay = value;
    }
    resetDeregistrationDelay() {
        this._deregistrationDelay = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deregistrationDelayInput() {
        return this._deregistrationDelay;
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
    get ipAddressType() {
        return this.getStringAttribute('ip_address_type');
    }
    set ipAddressType(value) {
        this._ipAddressType = value;
    }
    resetIpAddressType() {
        this._ipAddressType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipAddressTypeInput() {
        return this._ipAddressType;
    }
    get lambdaMultiValueHeadersEnabled() {
        return this.getBooleanAttribute('lambda_multi_value_headers_enabled');
    }
    set lambdaMultiValueHeadersEnabled(value) {
        this._lambdaMultiValueHeadersEnabled = value;
    }
    resetLambdaMultiValueHeadersEnabled() {
        this._lambdaMultiValueHeadersEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lambdaMultiValueHeadersEnabledInput() {
        return this._lambdaMultiValueHeadersEnabled;
    }
    // load_balancer_arns - computed: true, optional: false, required: false
    get loadBalancerArns() {
        return cdktn.Fn.tolist(this.getListAttribute('load_balancer_arns'));
    }
    get loadBalancingAlgorithmType() {
        return this.getStringAttribute('load_balancing_algorithm_type');
    }
    set loadBalancingAlgorithmType(value) {
        this._loadBalancingAlgorithmType = value;
    }
    resetLoadBalancingAlgorithmType() {
        this._loadBalancingAlgorithmType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loadBalancingAlgorithmTypeInput() {
        return this._loadBalancingAlgorithmType;
    }
    get loadBalancingAnomalyMitigation() {
        return this.getStringAttribute('load_balancing_anomaly_mitigation');
    }
    set loadBalancingAnomalyMitigation(value) {
        this._loadBalancingAnomalyMitigation = value;
    }
    resetLoadBalancingAnomalyMitigation() {
        this._loadBalancingAnomalyMitigation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loadBalancingAnomalyMitigationInput() {
        return this._loadBalancingAnomalyMitigation;
    }
    get loadBalancingCrossZoneEnabled() {
        return this.getStringAttribute('load_balancing_cross_zone_enabled');
    }
    set loadBalancingCrossZoneEnabled(value) {
        this._loadBalancingCrossZoneEnabled = value;
    }
    resetLoadBalancingCrossZoneEnabled() {
        this._loadBalancingCrossZoneEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loadBalancingCrossZoneEnabledInput() {
        return this._loadBalancingCrossZoneEnabled;
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    get namePrefix() {
        return this.getStringAttribute('name_prefix');
    }
    set namePrefix(value) {
        this._namePrefix = value;
    }
    resetNamePrefix() {
        this._namePrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namePrefixInput() {
        return this._namePrefix;
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
    get preserveClientIp() {
        return this.getStringAttribute('preserve_client_ip');
    }
    set preserveClientIp(value) {
        this._preserveClientIp = value;
    }
    resetPreserveClientIp() {
        this._preserveClientIp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preserveClientIpInput() {
        return this._preserveClientIp;
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
    get protocolVersion() {
        return this.getStringAttribute('protocol_version');
    }
    set protocolVersion(value) {
        this._protocolVersion = value;
    }
    resetProtocolVersion() {
        this._protocolVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protocolVersionInput() {
        return this._protocolVersion;
    }
    get proxyProtocolV2() {
        return this.getBooleanAttribute('proxy_protocol_v2');
    }
    set proxyProtocolV2(value) {
        this._proxyProtocolV2 = value;
    }
    resetProxyProtocolV2() {
        this._proxyProtocolV2 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get proxyProtocolV2Input() {
        return this._proxyProtocolV2;
    }
    get slowStart() {
        return this.getNumberAttribute('slow_start');
    }
    set slowStart(value) {
        this._slowStart = value;
    }
    resetSlowStart() {
        this._slowStart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get slowStartInput() {
        return this._slowStart;
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
    get targetType() {
        return this.getStringAttribute('target_type');
    }
    set targetType(value) {
        this._targetType = value;
    }
    resetTargetType() {
        this._targetType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetTypeInput() {
        return this._targetType;
    }
    get vpcId() {
        return this.getStringAttribute('vpc_id');
    }
    set vpcId(value) {
        this._vpcId = value;
    }
    resetVpcId() {
        this._vpcId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vpcIdInput() {
        return this._vpcId;
    }
    get healthCheck() {
        return this._healthCheck;
    }
    putHealthCheck(value) {
        this._healthCheck.internalValue = value;
    }
    resetHealthCheck() {
        this._healthCheck.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get healthCheckInput() {
        return this._healthCheck.internalValue;
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
    get targetFailover() {
        return this._targetFailover;
    }
    putTargetFailover(value) {
        this._targetFailover.internalValue = value;
    }
    resetTargetFailover() {
        this._targetFailover.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetFailoverInput() {
        return this._targetFailover.internalValue;
    }
    get targetGroupHealth() {
        return this._targetGroupHealth;
    }
    putTargetGroupHealth(value) {
        this._targetGroupHealth.internalValue = value;
    }
    resetTargetGroupHealth() {
        this._targetGroupHealth.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetGroupHealthInput() {
        return this._targetGroupHealth.internalValue;
    }
    get targetHealthState() {
        return this._targetHealthState;
    }
    putTargetHealthState(value) {
        this._targetHealthState.internalValue = value;
    }
    resetTargetHealthState() {
        this._targetHealthState.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetHealthStateInput() {
        return this._targetHealthState.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            connection_termination: cdktn.booleanToTerraform(this._connectionTermination),
            deregistration_delay: cdktn.stringToTerraform(this._deregistrationDelay),
            id: cdktn.stringToTerraform(this._id),
            ip_address_type: cdktn.stringToTerraform(this._ipAddressType),
            lambda_multi_value_headers_enabled: cdktn.booleanToTerraform(this._lambdaMultiValueHeadersEnabled),
            load_balancing_algorithm_type: cdktn.stringToTerraform(this._loadBalancingAlgorithmType),
            load_balancing_anomaly_mitigation: cdktn.stringToTerraform(this._loadBalancingAnomalyMitigation),
            load_balancing_cross_zone_enabled: cdktn.stringToTerraform(this._loadBalancingCrossZoneEnabled),
            name: cdktn.stringToTerraform(this._name),
            name_prefix: cdktn.stringToTerraform(this._namePrefix),
            port: cdktn.numberToTerraform(this._port),
            preserve_client_ip: cdktn.stringToTerraform(this._preserveClientIp),
            protocol: cdktn.stringToTerraform(this._protocol),
            protocol_version: cdktn.stringToTerraform(this._protocolVersion),
            proxy_protocol_v2: cdktn.booleanToTerraform(this._proxyProtocolV2),
            slow_start: cdktn.numberToTerraform(this._slowStart),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            tags_all: cdktn.hashMapper(cdktn.stringToTerraform)(this._tagsAll),
            target_type: cdktn.stringToTerraform(this._targetType),
            vpc_id: cdktn.stringToTerraform(this._vpcId),
            health_check: lbTargetGroupHealthCheckToTerraform(this._healthCheck.internalValue),
            stickiness: lbTargetGroupStickinessToTerraform(this._stickiness.internalValue),
            target_failover: cdktn.listMapper(lbTargetGroupTargetFailoverToTerraform, true)(this._targetFailover.internalValue),
            target_group_health: lbTargetGroupTargetGroupHealthToTerraform(this._targetGroupHealth.internalValue),
            target_health_state: cdktn.listMapper(lbTargetGroupTargetHealthStateToTerraform, true)(this._targetHealthState.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            connection_termination: {
                value: cdktn.booleanToHclTerraform(this._connectionTermination),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            deregistration_delay: {
                value: cdktn.stringToHclTerraform(this._deregistrationDelay),
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
            ip_address_type: {
                value: cdktn.stringToHclTerraform(this._ipAddressType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            lambda_multi_value_headers_enabled: {
                value: cdktn.booleanToHclTerraform(this._lambdaMultiValueHeadersEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            load_balancing_algorithm_type: {
                value: cdktn.stringToHclTerraform(this._loadBalancingAlgorithmType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            load_balancing_anomaly_mitigation: {
                value: cdktn.stringToHclTerraform(this._loadBalancingAnomalyMitigation),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            load_balancing_cross_zone_enabled: {
                value: cdktn.stringToHclTerraform(this._loadBalancingCrossZoneEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktn.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name_prefix: {
                value: cdktn.stringToHclTerraform(this._namePrefix),
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
            preserve_client_ip: {
                value: cdktn.stringToHclTerraform(this._preserveClientIp),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            protocol: {
                value: cdktn.stringToHclTerraform(this._protocol),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            protocol_version: {
                value: cdktn.stringToHclTerraform(this._protocolVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            proxy_protocol_v2: {
                value: cdktn.booleanToHclTerraform(this._proxyProtocolV2),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            slow_start: {
                value: cdktn.numberToHclTerraform(this._slowStart),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
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
            target_type: {
                value: cdktn.stringToHclTerraform(this._targetType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vpc_id: {
                value: cdktn.stringToHclTerraform(this._vpcId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            health_check: {
                value: lbTargetGroupHealthCheckToHclTerraform(this._healthCheck.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbTargetGroupHealthCheckList",
            },
            stickiness: {
                value: lbTargetGroupStickinessToHclTerraform(this._stickiness.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbTargetGroupStickinessList",
            },
            target_failover: {
                value: cdktn.listMapperHcl(lbTargetGroupTargetFailoverToHclTerraform, true)(this._targetFailover.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbTargetGroupTargetFailoverList",
            },
            target_group_health: {
                value: lbTargetGroupTargetGroupHealthToHclTerraform(this._targetGroupHealth.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbTargetGroupTargetGroupHealthList",
            },
            target_health_state: {
                value: cdktn.listMapperHcl(lbTargetGroupTargetHealthStateToHclTerraform, true)(this._targetHealthState.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbTargetGroupTargetHealthStateList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.LbTargetGroup = LbTargetGroup;
