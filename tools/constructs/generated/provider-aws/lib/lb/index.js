"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Lb = exports.LbTimeoutsOutputReference = exports.LbSubnetMappingList = exports.LbSubnetMappingOutputReference = exports.LbMinimumLoadBalancerCapacityOutputReference = exports.LbIpamPoolsOutputReference = exports.LbConnectionLogsOutputReference = exports.LbAccessLogsOutputReference = void 0;
exports.lbAccessLogsToTerraform = lbAccessLogsToTerraform;
exports.lbAccessLogsToHclTerraform = lbAccessLogsToHclTerraform;
exports.lbConnectionLogsToTerraform = lbConnectionLogsToTerraform;
exports.lbConnectionLogsToHclTerraform = lbConnectionLogsToHclTerraform;
exports.lbIpamPoolsToTerraform = lbIpamPoolsToTerraform;
exports.lbIpamPoolsToHclTerraform = lbIpamPoolsToHclTerraform;
exports.lbMinimumLoadBalancerCapacityToTerraform = lbMinimumLoadBalancerCapacityToTerraform;
exports.lbMinimumLoadBalancerCapacityToHclTerraform = lbMinimumLoadBalancerCapacityToHclTerraform;
exports.lbSubnetMappingToTerraform = lbSubnetMappingToTerraform;
exports.lbSubnetMappingToHclTerraform = lbSubnetMappingToHclTerraform;
exports.lbTimeoutsToTerraform = lbTimeoutsToTerraform;
exports.lbTimeoutsToHclTerraform = lbTimeoutsToHclTerraform;
const cdktn = require("cdktn");
function lbAccessLogsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        bucket: cdktn.stringToTerraform(struct.bucket),
        enabled: cdktn.booleanToTerraform(struct.enabled),
        prefix: cdktn.stringToTerraform(struct.prefix),
    };
}
function lbAccessLogsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        bucket: {
            value: cdktn.stringToHclTerraform(struct.bucket),
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
        prefix: {
            value: cdktn.stringToHclTerraform(struct.prefix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbAccessLogsOutputReference extends cdktn.ComplexObject {
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
        if (this._bucket !== undefined) {
            hasAnyValues = true;
            internalValueResult.bucket = this._bucket;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._prefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.prefix = this._prefix;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bucket = undefined;
            this._enabled = undefined;
            this._prefix = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bucket = value.bucket;
            this._enabled = value.enabled;
            this._prefix = value.prefix;
        }
    }
    get bucket() {
        return this.getStringAttribute('bucket');
    }
    set bucket(value) {
        this._bucket = value;
    }
    // Temporarily expose input value. Use with caution.
    get bucketInput() {
        return this._bucket;
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
    get prefix() {
        return this.getStringAttribute('prefix');
    }
    set prefix(value) {
        this._prefix = value;
    }
    resetPrefix() {
        this._prefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prefixInput() {
        return this._prefix;
    }
}
exports.LbAccessLogsOutputReference = LbAccessLogsOutputReference;
function lbConnectionLogsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        bucket: cdktn.stringToTerraform(struct.bucket),
        enabled: cdktn.booleanToTerraform(struct.enabled),
        prefix: cdktn.stringToTerraform(struct.prefix),
    };
}
function lbConnectionLogsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        bucket: {
            value: cdktn.stringToHclTerraform(struct.bucket),
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
        prefix: {
            value: cdktn.stringToHclTerraform(struct.prefix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbConnectionLogsOutputReference extends cdktn.ComplexObject {
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
        if (this._bucket !== undefined) {
            hasAnyValues = true;
            internalValueResult.bucket = this._bucket;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._prefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.prefix = this._prefix;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bucket = undefined;
            this._enabled = undefined;
            this._prefix = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bucket = value.bucket;
            this._enabled = value.enabled;
            this._prefix = value.prefix;
        }
    }
    get bucket() {
        return this.getStringAttribute('bucket');
    }
    set bucket(value) {
        this._bucket = value;
    }
    // Temporarily expose input value. Use with caution.
    get bucketInput() {
        return this._bucket;
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
    get prefix() {
        return this.getStringAttribute('prefix');
    }
    set prefix(value) {
        this._prefix = value;
    }
    resetPrefix() {
        this._prefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prefixInput() {
        return this._prefix;
    }
}
exports.LbConnectionLogsOutputReference = LbConnectionLogsOutputReference;
function lbIpamPoolsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        ipv4_ipam_pool_id: cdktn.stringToTerraform(struct.ipv4IpamPoolId),
    };
}
function lbIpamPoolsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        ipv4_ipam_pool_id: {
            value: cdktn.stringToHclTerraform(struct.ipv4IpamPoolId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbIpamPoolsOutputReference extends cdktn.ComplexObject {
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
        if (this._ipv4IpamPoolId !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv4IpamPoolId = this._ipv4IpamPoolId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._ipv4IpamPoolId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._ipv4IpamPoolId = value.ipv4IpamPoolId;
        }
    }
    get ipv4IpamPoolId() {
        return this.getStringAttribute('ipv4_ipam_pool_id');
    }
    set ipv4IpamPoolId(value) {
        this._ipv4IpamPoolId = value;
    }
    // Temporarily expose input value. Use with caution.
    get ipv4IpamPoolIdInput() {
        return this._ipv4IpamPoolId;
    }
}
exports.LbIpamPoolsOutputReference = LbIpamPoolsOutputReference;
function lbMinimumLoadBalancerCapacityToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        capacity_units: cdktn.numberToTerraform(struct.capacityUnits),
    };
}
function lbMinimumLoadBalancerCapacityToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        capacity_units: {
            value: cdktn.numberToHclTerraform(struct.capacityUnits),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbMinimumLoadBalancerCapacityOutputReference extends cdktn.ComplexObject {
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
        if (this._capacityUnits !== undefined) {
            hasAnyValues = true;
            internalValueResult.capacityUnits = this._capacityUnits;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._capacityUnits = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._capacityUnits = value.capacityUnits;
        }
    }
    get capacityUnits() {
        return this.getNumberAttribute('capacity_units');
    }
    set capacityUnits(value) {
        this._capacityUnits = value;
    }
    // Temporarily expose input value. Use with caution.
    get capacityUnitsInput() {
        return this._capacityUnits;
    }
}
exports.LbMinimumLoadBalancerCapacityOutputReference = LbMinimumLoadBalancerCapacityOutputReference;
function lbSubnetMappingToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        allocation_id: cdktn.stringToTerraform(struct.allocationId),
        ipv6_address: cdktn.stringToTerraform(struct.ipv6Address),
        private_ipv4_address: cdktn.stringToTerraform(struct.privateIpv4Address),
        subnet_id: cdktn.stringToTerraform(struct.subnetId),
    };
}
function lbSubnetMappingToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        allocation_id: {
            value: cdktn.stringToHclTerraform(struct.allocationId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ipv6_address: {
            value: cdktn.stringToHclTerraform(struct.ipv6Address),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        private_ipv4_address: {
            value: cdktn.stringToHclTerraform(struct.privateIpv4Address),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subnet_id: {
            value: cdktn.stringToHclTerraform(struct.subnetId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LbSubnetMappingOutputReference extends cdktn.ComplexObject {
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
        if (this._allocationId !== undefined) {
            hasAnyValues = true;
            internalValueResult.allocationId = this._allocationId;
        }
        if (this._ipv6Address !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv6Address = this._ipv6Address;
        }
        if (this._privateIpv4Address !== undefined) {
            hasAnyValues = true;
            internalValueResult.privateIpv4Address = this._privateIpv4Address;
        }
        if (this._subnetId !== undefined) {
            hasAnyValues = true;
            internalValueResult.subnetId = this._subnetId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._allocationId = undefined;
            this._ipv6Address = undefined;
            this._privateIpv4Address = undefined;
            this._subnetId = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._allocationId = value.allocationId;
            this._ipv6Address = value.ipv6Address;
            this._privateIpv4Address = value.privateIpv4Address;
            this._subnetId = value.subnetId;
        }
    }
    get allocationId() {
        return this.getStringAttribute('allocation_id');
    }
    set allocationId(value) {
        this._allocationId = value;
    }
    resetAllocationId() {
        this._allocationId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allocationIdInput() {
        return this._allocationId;
    }
    get ipv6Address() {
        return this.getStringAttribute('ipv6_address');
    }
    set ipv6Address(value) {
        this._ipv6Address = value;
    }
    resetIpv6Address() {
        this._ipv6Address = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6AddressInput() {
        return this._ipv6Address;
    }
    // outpost_id - computed: true, optional: false, required: false
    get outpostId() {
        return this.getStringAttribute('outpost_id');
    }
    get privateIpv4Address() {
        return this.getStringAttribute('private_ipv4_address');
    }
    set privateIpv4Address(value) {
        this._privateIpv4Address = value;
    }
    resetPrivateIpv4Address() {
        this._privateIpv4Address = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateIpv4AddressInput() {
        return this._privateIpv4Address;
    }
    get subnetId() {
        return this.getStringAttribute('subnet_id');
    }
    set subnetId(value) {
        this._subnetId = value;
    }
    // Temporarily expose input value. Use with caution.
    get subnetIdInput() {
        return this._subnetId;
    }
}
exports.LbSubnetMappingOutputReference = LbSubnetMappingOutputReference;
class LbSubnetMappingList extends cdktn.ComplexList {
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
        return new LbSubnetMappingOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LbSubnetMappingList = LbSubnetMappingList;
function lbTimeoutsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        create: cdktn.stringToTerraform(struct.create),
        delete: cdktn.stringToTerraform(struct.delete),
        update: cdktn.stringToTerraform(struct.update),
    };
}
function lbTimeoutsToHclTerraform(struct) {
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
        delete: {
            value: cdktn.stringToHclTerraform(struct.delete),
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
class LbTimeoutsOutputReference extends cdktn.ComplexObject {
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
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
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
            this._delete = undefined;
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
            this._delete = value.delete;
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
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
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
exports.LbTimeoutsOutputReference = LbTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb aws_lb}
*/
class Lb extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_lb"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a Lb resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Lb to import
    * @param importFromId The id of the existing Lb that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Lb to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_lb", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb aws_lb} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LbConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'aws_lb',
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
        // access_logs - computed: false, optional: true, required: false
        this._accessLogs = new LbAccessLogsOutputReference(this, "access_logs");
        // connection_logs - computed: false, optional: true, required: false
        this._connectionLogs = new LbConnectionLogsOutputReference(this, "connection_logs");
        // ipam_pools - computed: false, optional: true, required: false
        this._ipamPools = new LbIpamPoolsOutputReference(this, "ipam_pools");
        // minimum_load_balancer_capacity - computed: false, optional: true, required: false
        this._minimumLoadBalancerCapacity = new LbMinimumLoadBalancerCapacityOutputReference(this, "minimum_load_balancer_capacity");
        // subnet_mapping - computed: false, optional: true, required: false
        this._subnetMapping = new LbSubnetMappingList(this, "subnet_mapping", true);
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new LbTimeoutsOutputReference(this, "timeouts");
        this._clientKeepAlive = config.clientKeepAlive;
        this._customerOwnedIpv4Pool = config.customerOwnedIpv4Pool;
        this._desyncMitigationMode = config.desyncMitigationMode;
        this._dnsRecordClientRoutingPolicy = config.dnsRecordClientRoutingPolicy;
        this._dropInvalidHeaderFields = config.dropInvalidHeaderFields;
        this._enableCrossZoneLoadBalancing = config.enableCrossZoneLoadBalancing;
        this._enableDeletionProtection = config.enableDeletionProtection;
        this._enableHttp2 = config.enableHttp2;
        this._enableTlsVersionAndCipherSuiteHeaders = config.enableTlsVersionAndCipherSuiteHeaders;
        this._enableWafFailOpen = config.enableWafFailOpen;
        this._enableXffClientPort = config.enableXffClientPort;
        this._enableZonalShift = config.enableZonalShift;
        this._enforceSecurityGroupInboundRulesOnPrivateLinkTraffic = config.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic;
        this._id = config.id;
        this._idleTimeout = config.idleTimeout;
        this._internal = config.internal;
        this._ipAddressType = config.ipAddressType;
        this._loadBalancerType = config.loadBalancerType;
        this._name = config.name;
        this._namePrefix = config.namePrefix;
        this._preserveHostHeader = config.preserveHostHeader;
        this._securityGroups = config.securityGroups;
        this._subnets = config.subnets;
        this._tags = config.tags;
        this._tagsAll = config.tagsAll;
        this._xffHeaderProcessingMode = config.xffHeaderProcessingMode;
        this._accessLogs.internalValue = config.accessLogs;
        this._connectionLogs.internalValue = config.connectionLogs;
        this._ipamPools.internalValue = config.ipamPools;
        this._minimumLoadBalancerCapacity.internalValue = config.minimumLoadBalancerCapacity;
        this._subnetMapping.internalValue = config.subnetMapping;
        this._timeouts.internalValue = config.timeouts;
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
    get clientKeepAlive() {
        return this.getNumberAttribute('client_keep_alive');
    }
    set clientKeepAlive(value) {
        this._clientKeepAlive = value;
    }
    resetClientKeepAlive() {
        this._clientKeepAlive = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientKeepAliveInput() {
        return this._clientKeepAlive;
    }
    get customerOwnedIpv4Pool() {
        return this.getStringAttribute('customer_owned_ipv4_pool');
    }
    set customerOwnedIpv4Pool(value) {
        this._customerOwnedIpv4Pool = value;
    }
    resetCustomerOwnedIpv4Pool() {
        this._customerOwnedIpv4Pool = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customerOwnedIpv4PoolInput() {
        return this._customerOwnedIpv4Pool;
    }
    get desyncMitigationMode() {
        return this.getStringAttribute('desync_mitigation_mode');
    }
    set desyncMitigationMode(value) {
        this._desyncMitigationMode = value;
    }
    resetDesyncMitigationMode() {
        this._desyncMitigationMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get desyncMitigationModeInput() {
        return this._desyncMitigationMode;
    }
    // dns_name - computed: true, optional: false, required: false
    get dnsName() {
        return this.getStringAttribute('dns_name');
    }
    get dnsRecordClientRoutingPolicy() {
        return this.getStringAttribute('dns_record_client_routing_policy');
    }
    set dnsRecordClientRoutingPolicy(value) {
        this._dnsRecordClientRoutingPolicy = value;
    }
    resetDnsRecordClientRoutingPolicy() {
        this._dnsRecordClientRoutingPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsRecordClientRoutingPolicyInput() {
        return this._dnsRecordClientRoutingPolicy;
    }
    get dropInvalidHeaderFields() {
        return this.getBooleanAttribute('drop_invalid_header_fields');
    }
    set dropInvalidHeaderFields(value) {
        this._dropInvalidHeaderFields = value;
    }
    resetDropInvalidHeaderFields() {
        this._dropInvalidHeaderFields = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dropInvalidHeaderFieldsInput() {
        return this._dropInvalidHeaderFields;
    }
    get enableCrossZoneLoadBalancing() {
        return this.getBooleanAttribute('enable_cross_zone_load_balancing');
    }
    set enableCrossZoneLoadBalancing(value) {
        this._enableCrossZoneLoadBalancing = value;
    }
    resetEnableCrossZoneLoadBalancing() {
        this._enableCrossZoneLoadBalancing = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableCrossZoneLoadBalancingInput() {
        return this._enableCrossZoneLoadBalancing;
    }
    get enableDeletionProtection() {
        return this.getBooleanAttribute('enable_deletion_protection');
    }
    set enableDeletionProtection(value) {
        this._enableDeletionProtection = value;
    }
    resetEnableDeletionProtection() {
        this._enableDeletionProtection = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableDeletionProtectionInput() {
        return this._enableDeletionProtection;
    }
    get enableHttp2() {
        return this.getBooleanAttribute('enable_http2');
    }
    set enableHttp2(value) {
        this._enableHttp2 = value;
    }
    resetEnableHttp2() {
        this._enableHttp2 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableHttp2Input() {
        return this._enableHttp2;
    }
    get enableTlsVersionAndCipherSuiteHeaders() {
        return this.getBooleanAttribute('enable_tls_version_and_cipher_suite_headers');
    }
    set enableTlsVersionAndCipherSuiteHeaders(value) {
        this._enableTlsVersionAndCipherSuiteHeaders = value;
    }
    resetEnableTlsVersionAndCipherSuiteHeaders() {
        this._enableTlsVersionAndCipherSuiteHeaders = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableTlsVersionAndCipherSuiteHeadersInput() {
        return this._enableTlsVersionAndCipherSuiteHeaders;
    }
    get enableWafFailOpen() {
        return this.getBooleanAttribute('enable_waf_fail_open');
    }
    set enableWafFailOpen(value) {
        this._enableWafFailOpen = value;
    }
    resetEnableWafFailOpen() {
        this._enableWafFailOpen = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableWafFailOpenInput() {
        return this._enableWafFailOpen;
    }
    get enableXffClientPort() {
        return this.getBooleanAttribute('enable_xff_client_port');
    }
    set enableXffClientPort(value) {
        this._enableXffClientPort = value;
    }
    resetEnableXffClientPort() {
        this._enableXffClientPort = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableXffClientPortInput() {
        return this._enableXffClientPort;
    }
    get enableZonalShift() {
        return this.getBooleanAttribute('enable_zonal_shift');
    }
    set enableZonalShift(value) {
        this._enableZonalShift = value;
    }
    resetEnableZonalShift() {
        this._enableZonalShift = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableZonalShiftInput() {
        return this._enableZonalShift;
    }
    get enforceSecurityGroupInboundRulesOnPrivateLinkTraffic() {
        return this.getStringAttribute('enforce_security_group_inbound_rules_on_private_link_traffic');
    }
    set enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(value) {
        this._enforceSecurityGroupInboundRulesOnPrivateLinkTraffic = value;
    }
    resetEnforceSecurityGroupInboundRulesOnPrivateLinkTraffic() {
        this._enforceSecurityGroupInboundRulesOnPrivateLinkTraffic = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enforceSecurityGroupInboundRulesOnPrivateLinkTrafficInput() {
        return this._enforceSecurityGroupInboundRulesOnPrivateLinkTraffic;
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
    get idleTimeout() {
        return this.getNumberAttribute('idle_timeout');
    }
    set idleTimeout(value) {
        this._idleTimeout = value;
    }
    resetIdleTimeout() {
        this._idleTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idleTimeoutInput() {
        return this._idleTimeout;
    }
    get internal() {
        return this.getBooleanAttribute('internal');
    }
    set internal(value) {
        this._internal = value;
    }
    resetInternal() {
        this._internal = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get internalInput() {
        return this._internal;
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
    get loadBalancerType() {
        return this.getStringAttribute('load_balancer_type');
    }
    set loadBalancerType(value) {
        this._loadBalancerType = value;
    }
    resetLoadBalancerType() {
        this._loadBalancerType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loadBalancerTypeInput() {
        return this._loadBalancerType;
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
    get preserveHostHeader() {
        return this.getBooleanAttribute('preserve_host_header');
    }
    set preserveHostHeader(value) {
        this._preserveHostHeader = value;
    }
    resetPreserveHostHeader() {
        this._preserveHostHeader = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preserveHostHeaderInput() {
        return this._preserveHostHeader;
    }
    get securityGroups() {
        return cdktn.Fn.tolist(this.getListAttribute('security_groups'));
    }
    set securityGroups(value) {
        this._securityGroups = value;
    }
    resetSecurityGroups() {
        this._securityGroups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupsInput() {
        return this._securityGroups;
    }
    get subnets() {
        return cdktn.Fn.tolist(this.getListAttribute('subnets'));
    }
    set subnets(value) {
        this._subnets = value;
    }
    resetSubnets() {
        this._subnets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetsInput() {
        return this._subnets;
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
    // vpc_id - computed: true, optional: false, required: false
    get vpcId() {
        return this.getStringAttribute('vpc_id');
    }
    get xffHeaderProcessingMode() {
        return this.getStringAttribute('xff_header_processing_mode');
    }
    set xffHeaderProcessingMode(value) {
        this._xffHeaderProcessingMode = value;
    }
    resetXffHeaderProcessingMode() {
        this._xffHeaderProcessingMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get xffHeaderProcessingModeInput() {
        return this._xffHeaderProcessingMode;
    }
    // zone_id - computed: true, optional: false, required: false
    get zoneId() {
        return this.getStringAttribute('zone_id');
    }
    get accessLogs() {
        return this._accessLogs;
    }
    putAccessLogs(value) {
        this._accessLogs.internalValue = value;
    }
    resetAccessLogs() {
        this._accessLogs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get accessLogsInput() {
        return this._accessLogs.internalValue;
    }
    get connectionLogs() {
        return this._connectionLogs;
    }
    putConnectionLogs(value) {
        this._connectionLogs.internalValue = value;
    }
    resetConnectionLogs() {
        this._connectionLogs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get connectionLogsInput() {
        return this._connectionLogs.internalValue;
    }
    get ipamPools() {
        return this._ipamPools;
    }
    putIpamPools(value) {
        this._ipamPools.internalValue = value;
    }
    resetIpamPools() {
        this._ipamPools.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipamPoolsInput() {
        return this._ipamPools.internalValue;
    }
    get minimumLoadBalancerCapacity() {
        return this._minimumLoadBalancerCapacity;
    }
    putMinimumLoadBalancerCapacity(value) {
        this._minimumLoadBalancerCapacity.internalValue = value;
    }
    resetMinimumLoadBalancerCapacity() {
        this._minimumLoadBalancerCapacity.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minimumLoadBalancerCapacityInput() {
        return this._minimumLoadBalancerCapacity.internalValue;
    }
    get subnetMapping() {
        return this._subnetMapping;
    }
    putSubnetMapping(value) {
        this._subnetMapping.internalValue = value;
    }
    resetSubnetMapping() {
        this._subnetMapping.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetMappingInput() {
        return this._subnetMapping.internalValue;
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
            client_keep_alive: cdktn.numberToTerraform(this._clientKeepAlive),
            customer_owned_ipv4_pool: cdktn.stringToTerraform(this._customerOwnedIpv4Pool),
            desync_mitigation_mode: cdktn.stringToTerraform(this._desyncMitigationMode),
            dns_record_client_routing_policy: cdktn.stringToTerraform(this._dnsRecordClientRoutingPolicy),
            drop_invalid_header_fields: cdktn.booleanToTerraform(this._dropInvalidHeaderFields),
            enable_cross_zone_load_balancing: cdktn.booleanToTerraform(this._enableCrossZoneLoadBalancing),
            enable_deletion_protection: cdktn.booleanToTerraform(this._enableDeletionProtection),
            enable_http2: cdktn.booleanToTerraform(this._enableHttp2),
            enable_tls_version_and_cipher_suite_headers: cdktn.booleanToTerraform(this._enableTlsVersionAndCipherSuiteHeaders),
            enable_waf_fail_open: cdktn.booleanToTerraform(this._enableWafFailOpen),
            enable_xff_client_port: cdktn.booleanToTerraform(this._enableXffClientPort),
            enable_zonal_shift: cdktn.booleanToTerraform(this._enableZonalShift),
            enforce_security_group_inbound_rules_on_private_link_traffic: cdktn.stringToTerraform(this._enforceSecurityGroupInboundRulesOnPrivateLinkTraffic),
            id: cdktn.stringToTerraform(this._id),
            idle_timeout: cdktn.numberToTerraform(this._idleTimeout),
            internal: cdktn.booleanToTerraform(this._internal),
            ip_address_type: cdktn.stringToTerraform(this._ipAddressType),
            load_balancer_type: cdktn.stringToTerraform(this._loadBalancerType),
            name: cdktn.stringToTerraform(this._name),
            name_prefix: cdktn.stringToTerraform(this._namePrefix),
            preserve_host_header: cdktn.booleanToTerraform(this._preserveHostHeader),
            security_groups: cdktn.listMapper(cdktn.stringToTerraform, false)(this._securityGroups),
            subnets: cdktn.listMapper(cdktn.stringToTerraform, false)(this._subnets),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            tags_all: cdktn.hashMapper(cdktn.stringToTerraform)(this._tagsAll),
            xff_header_processing_mode: cdktn.stringToTerraform(this._xffHeaderProcessingMode),
            access_logs: lbAccessLogsToTerraform(this._accessLogs.internalValue),
            connection_logs: lbConnectionLogsToTerraform(this._connectionLogs.internalValue),
            ipam_pools: lbIpamPoolsToTerraform(this._ipamPools.internalValue),
            minimum_load_balancer_capacity: lbMinimumLoadBalancerCapacityToTerraform(this._minimumLoadBalancerCapacity.internalValue),
            subnet_mapping: cdktn.listMapper(lbSubnetMappingToTerraform, true)(this._subnetMapping.internalValue),
            timeouts: lbTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            client_keep_alive: {
                value: cdktn.numberToHclTerraform(this._clientKeepAlive),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            customer_owned_ipv4_pool: {
                value: cdktn.stringToHclTerraform(this._customerOwnedIpv4Pool),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            desync_mitigation_mode: {
                value: cdktn.stringToHclTerraform(this._desyncMitigationMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns_record_client_routing_policy: {
                value: cdktn.stringToHclTerraform(this._dnsRecordClientRoutingPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            drop_invalid_header_fields: {
                value: cdktn.booleanToHclTerraform(this._dropInvalidHeaderFields),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_cross_zone_load_balancing: {
                value: cdktn.booleanToHclTerraform(this._enableCrossZoneLoadBalancing),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_deletion_protection: {
                value: cdktn.booleanToHclTerraform(this._enableDeletionProtection),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_http2: {
                value: cdktn.booleanToHclTerraform(this._enableHttp2),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_tls_version_and_cipher_suite_headers: {
                value: cdktn.booleanToHclTerraform(this._enableTlsVersionAndCipherSuiteHeaders),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_waf_fail_open: {
                value: cdktn.booleanToHclTerraform(this._enableWafFailOpen),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_xff_client_port: {
                value: cdktn.booleanToHclTerraform(this._enableXffClientPort),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_zonal_shift: {
                value: cdktn.booleanToHclTerraform(this._enableZonalShift),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enforce_security_group_inbound_rules_on_private_link_traffic: {
                value: cdktn.stringToHclTerraform(this._enforceSecurityGroupInboundRulesOnPrivateLinkTraffic),
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
            idle_timeout: {
                value: cdktn.numberToHclTerraform(this._idleTimeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            internal: {
                value: cdktn.booleanToHclTerraform(this._internal),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ip_address_type: {
                value: cdktn.stringToHclTerraform(this._ipAddressType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            load_balancer_type: {
                value: cdktn.stringToHclTerraform(this._loadBalancerType),
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
            preserve_host_header: {
                value: cdktn.booleanToHclTerraform(this._preserveHostHeader),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            security_groups: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._securityGroups),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            subnets: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._subnets),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
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
            xff_header_processing_mode: {
                value: cdktn.stringToHclTerraform(this._xffHeaderProcessingMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            access_logs: {
                value: lbAccessLogsToHclTerraform(this._accessLogs.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbAccessLogsList",
            },
            connection_logs: {
                value: lbConnectionLogsToHclTerraform(this._connectionLogs.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbConnectionLogsList",
            },
            ipam_pools: {
                value: lbIpamPoolsToHclTerraform(this._ipamPools.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbIpamPoolsList",
            },
            minimum_load_balancer_capacity: {
                value: lbMinimumLoadBalancerCapacityToHclTerraform(this._minimumLoadBalancerCapacity.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LbMinimumLoadBalancerCapacityList",
            },
            subnet_mapping: {
                value: cdktn.listMapperHcl(lbSubnetMappingToHclTerraform, true)(this._subnetMapping.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "LbSubnetMappingList",
            },
            timeouts: {
                value: lbTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "LbTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Lb = Lb;
