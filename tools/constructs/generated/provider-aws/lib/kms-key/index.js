"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/kms_key
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.KmsKey = exports.KmsKeyTimeoutsOutputReference = void 0;
exports.kmsKeyTimeoutsToTerraform = kmsKeyTimeoutsToTerraform;
exports.kmsKeyTimeoutsToHclTerraform = kmsKeyTimeoutsToHclTerraform;
const cdktn = require("cdktn");
function kmsKeyTimeoutsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        create: cdktn.stringToTerraform(struct.create),
    };
}
function kmsKeyTimeoutsToHclTerraform(struct) {
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
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class KmsKeyTimeoutsOutputReference extends cdktn.ComplexObject {
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
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
        }
        else if (cdktn.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
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
}
exports.KmsKeyTimeoutsOutputReference = KmsKeyTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/kms_key aws_kms_key}
*/
class KmsKey extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_kms_key"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a KmsKey resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the KmsKey to import
    * @param importFromId The id of the existing KmsKey that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/kms_key#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the KmsKey to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_kms_key", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/kms_key aws_kms_key} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options KmsKeyConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'aws_kms_key',
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
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new KmsKeyTimeoutsOutputReference(this, "timeouts");
        this._bypassPolicyLockoutSafetyCheck = config.bypassPolicyLockoutSafetyCheck;
        this._customKeyStoreId = config.customKeyStoreId;
        this._customerMasterKeySpec = config.customerMasterKeySpec;
        this._deletionWindowInDays = config.deletionWindowInDays;
        this._description = config.description;
        this._enableKeyRotation = config.enableKeyRotation;
        this._id = config.id;
        this._isEnabled = config.isEnabled;
        this._keyUsage = config.keyUsage;
        this._multiRegion = config.multiRegion;
        this._policy = config.policy;
        this._rotationPeriodInDays = config.rotationPeriodInDays;
        this._tags = config.tags;
        this._tagsAll = config.tagsAll;
        this._xksKeyId = config.xksKeyId;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // arn - computed: true, optional: false, required: false
    get arn() {
        return this.getStringAttribute('arn');
    }
    get bypassPolicyLockoutSafetyCheck() {
        return this.getBooleanAttribute('bypass_policy_lockout_safety_check');
    }
    set bypassPolicyLockoutSafetyCheck(value) {
        this._bypassPolicyLockoutSafetyCheck = value;
    }
    resetBypassPolicyLockoutSafetyCheck() {
        this._bypassPolicyLockoutSafetyCheck = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bypassPolicyLockoutSafetyCheckInput() {
        return this._bypassPolicyLockoutSafetyCheck;
    }
    get customKeyStoreId() {
        return this.getStringAttribute('custom_key_store_id');
    }
    set customKeyStoreId(value) {
        this._customKeyStoreId = value;
    }
    resetCustomKeyStoreId() {
        this._customKeyStoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customKeyStoreIdInput() {
        return this._customKeyStoreId;
    }
    get customerMasterKeySpec() {
        return this.getStringAttribute('customer_master_key_spec');
    }
    set customerMasterKeySpec(value) {
        this._customerMasterKeySpec = value;
    }
    resetCustomerMasterKeySpec() {
        this._customerMasterKeySpec = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customerMasterKeySpecInput() {
        return this._customerMasterKeySpec;
    }
    get deletionWindowInDays() {
        return this.getNumberAttribute('deletion_window_in_days');
    }
    set deletionWindowInDays(value) {
        this._deletionWindowInDays = value;
    }
    resetDeletionWindowInDays() {
        this._deletionWindowInDays = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deletionWindowInDaysInput() {
        return this._deletionWindowInDays;
    }
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    get enableKeyRotation() {
        return this.getBooleanAttribute('enable_key_rotation');
    }
    set enableKeyRotation(value) {
        this._enableKeyRotation = value;
    }
    resetEnableKeyRotation() {
        this._enableKeyRotation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableKeyRotationInput() {
        return this._enableKeyRotation;
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
    get isEnabled() {
        return this.getBooleanAttribute('is_enabled');
    }
    set isEnabled(value) {
        this._isEnabled = value;
    }
    resetIsEnabled() {
        this._isEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isEnabledInput() {
        return this._isEnabled;
    }
    // key_id - computed: true, optional: false, required: false
    get keyId() {
        return this.getStringAttribute('key_id');
    }
    get keyUsage() {
        return this.getStringAttribute('key_usage');
    }
    set keyUsage(value) {
        this._keyUsage = value;
    }
    resetKeyUsage() {
        this._keyUsage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyUsageInput() {
        return this._keyUsage;
    }
    get multiRegion() {
        return this.getBooleanAttribute('multi_region');
    }
    set multiRegion(value) {
        this._multiRegion = value;
    }
    resetMultiRegion() {
        this._multiRegion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get multiRegionInput() {
        return this._multiRegion;
    }
    get policy() {
        return this.getStringAttribute('policy');
    }
    set policy(value) {
        this._policy = value;
    }
    resetPolicy() {
        this._policy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyInput() {
        return this._policy;
    }
    get rotationPeriodInDays() {
        return this.getNumberAttribute('rotation_period_in_days');
    }
    set rotationPeriodInDays(value) {
        this._rotationPeriodInDays = value;
    }
    resetRotationPeriodInDays() {
        this._rotationPeriodInDays = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rotationPeriodInDaysInput() {
        return this._rotationPeriodInDays;
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
    get xksKeyId() {
        return this.getStringAttribute('xks_key_id');
    }
    set xksKeyId(value) {
        this._xksKeyId = value;
    }
    resetXksKeyId() {
        this._xksKeyId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get xksKeyIdInput() {
        return this._xksKeyId;
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
            bypass_policy_lockout_safety_check: cdktn.booleanToTerraform(this._bypassPolicyLockoutSafetyCheck),
            custom_key_store_id: cdktn.stringToTerraform(this._customKeyStoreId),
            customer_master_key_spec: cdktn.stringToTerraform(this._customerMasterKeySpec),
            deletion_window_in_days: cdktn.numberToTerraform(this._deletionWindowInDays),
            description: cdktn.stringToTerraform(this._description),
            enable_key_rotation: cdktn.booleanToTerraform(this._enableKeyRotation),
            id: cdktn.stringToTerraform(this._id),
            is_enabled: cdktn.booleanToTerraform(this._isEnabled),
            key_usage: cdktn.stringToTerraform(this._keyUsage),
            multi_region: cdktn.booleanToTerraform(this._multiRegion),
            policy: cdktn.stringToTerraform(this._policy),
            rotation_period_in_days: cdktn.numberToTerraform(this._rotationPeriodInDays),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            tags_all: cdktn.hashMapper(cdktn.stringToTerraform)(this._tagsAll),
            xks_key_id: cdktn.stringToTerraform(this._xksKeyId),
            timeouts: kmsKeyTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            bypass_policy_lockout_safety_check: {
                value: cdktn.booleanToHclTerraform(this._bypassPolicyLockoutSafetyCheck),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            custom_key_store_id: {
                value: cdktn.stringToHclTerraform(this._customKeyStoreId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            customer_master_key_spec: {
                value: cdktn.stringToHclTerraform(this._customerMasterKeySpec),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            deletion_window_in_days: {
                value: cdktn.numberToHclTerraform(this._deletionWindowInDays),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            description: {
                value: cdktn.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enable_key_rotation: {
                value: cdktn.booleanToHclTerraform(this._enableKeyRotation),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            id: {
                value: cdktn.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            is_enabled: {
                value: cdktn.booleanToHclTerraform(this._isEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            key_usage: {
                value: cdktn.stringToHclTerraform(this._keyUsage),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            multi_region: {
                value: cdktn.booleanToHclTerraform(this._multiRegion),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            policy: {
                value: cdktn.stringToHclTerraform(this._policy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            rotation_period_in_days: {
                value: cdktn.numberToHclTerraform(this._rotationPeriodInDays),
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
            xks_key_id: {
                value: cdktn.stringToHclTerraform(this._xksKeyId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeouts: {
                value: kmsKeyTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "KmsKeyTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.KmsKey = KmsKey;
