"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/ssm_parameter
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SsmParameter = void 0;
const cdktn = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/ssm_parameter aws_ssm_parameter}
*/
class SsmParameter extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_ssm_parameter"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a SsmParameter resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SsmParameter to import
    * @param importFromId The id of the existing SsmParameter that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/ssm_parameter#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SsmParameter to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_ssm_parameter", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/ssm_parameter aws_ssm_parameter} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SsmParameterConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'aws_ssm_parameter',
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
        this._allowedPattern = config.allowedPattern;
        this._arn = config.arn;
        this._dataType = config.dataType;
        this._description = config.description;
        this._id = config.id;
        this._insecureValue = config.insecureValue;
        this._keyId = config.keyId;
        this._name = config.name;
        this._overwrite = config.overwrite;
        this._tags = config.tags;
        this._tagsAll = config.tagsAll;
        this._tier = config.tier;
        this._type = config.type;
        this._value = config.value;
        this._valueWo = config.valueWo;
        this._valueWoVersion = config.valueWoVersion;
    }
    get allowedPattern() {
        return this.getStringAttribute('allowed_pattern');
    }
    set allowedPattern(value) {
        this._allowedPattern = value;
    }
    resetAllowedPattern() {
        this._allowedPattern = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowedPatternInput() {
        return this._allowedPattern;
    }
    get arn() {
        return this.getStringAttribute('arn');
    }
    set arn(value) {
        this._arn = value;
    }
    resetArn() {
        this._arn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get arnInput() {
        return this._arn;
    }
    get dataType() {
        return this.getStringAttribute('data_type');
    }
    set dataType(value) {
        this._dataType = value;
    }
    resetDataType() {
        this._dataType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataTypeInput() {
        return this._dataType;
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
    // has_value_wo - computed: true, optional: false, required: false
    get hasValueWo() {
        return this.getBooleanAttribute('has_value_wo');
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
    get insecureValue() {
        return this.getStringAttribute('insecure_value');
    }
    set insecureValue(value) {
        this._insecureValue = value;
    }
    resetInsecureValue() {
        this._insecureValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureValueInput() {
        return this._insecureValue;
    }
    get keyId() {
        return this.getStringAttribute('key_id');
    }
    set keyId(value) {
        this._keyId = value;
    }
    resetKeyId() {
        this._keyId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyIdInput() {
        return this._keyId;
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    get overwrite() {
        return this.getBooleanAttribute('overwrite');
    }
    set overwrite(value) {
        this._overwrite = value;
    }
    resetOverwrite() {
        this._overwrite = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get overwriteInput() {
        return this._overwrite;
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
    get tier() {
        return this.getStringAttribute('tier');
    }
    set tier(value) {
        this._tier = value;
    }
    resetTier() {
        this._tier = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tierInput() {
        return this._tier;
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
    get value() {
        return this.getStringAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    resetValue() {
        this._value = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
    /**
    * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
    */
    get valueWo() {
        return this.getStringAttribute('value_wo');
    }
    set valueWo(value) {
        this._valueWo = value;
    }
    resetValueWo() {
        this._valueWo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valueWoInput() {
        return this._valueWo;
    }
    get valueWoVersion() {
        return this.getNumberAttribute('value_wo_version');
    }
    set valueWoVersion(value) {
        this._valueWoVersion = value;
    }
    resetValueWoVersion() {
        this._valueWoVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valueWoVersionInput() {
        return this._valueWoVersion;
    }
    // version - computed: true, optional: false, required: false
    get version() {
        return this.getNumberAttribute('version');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            allowed_pattern: cdktn.stringToTerraform(this._allowedPattern),
            arn: cdktn.stringToTerraform(this._arn),
            data_type: cdktn.stringToTerraform(this._dataType),
            description: cdktn.stringToTerraform(this._description),
            id: cdktn.stringToTerraform(this._id),
            insecure_value: cdktn.stringToTerraform(this._insecureValue),
            key_id: cdktn.stringToTerraform(this._keyId),
            name: cdktn.stringToTerraform(this._name),
            overwrite: cdktn.booleanToTerraform(this._overwrite),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            tags_all: cdktn.hashMapper(cdktn.stringToTerraform)(this._tagsAll),
            tier: cdktn.stringToTerraform(this._tier),
            type: cdktn.stringToTerraform(this._type),
            value: cdktn.stringToTerraform(this._value),
            value_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._valueWo)),
            value_wo_version: cdktn.numberToTerraform(this._valueWoVersion),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            allowed_pattern: {
                value: cdktn.stringToHclTerraform(this._allowedPattern),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            arn: {
                value: cdktn.stringToHclTerraform(this._arn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            data_type: {
                value: cdktn.stringToHclTerraform(this._dataType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            description: {
                value: cdktn.stringToHclTerraform(this._description),
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
            insecure_value: {
                value: cdktn.stringToHclTerraform(this._insecureValue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            key_id: {
                value: cdktn.stringToHclTerraform(this._keyId),
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
            overwrite: {
                value: cdktn.booleanToHclTerraform(this._overwrite),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
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
            tier: {
                value: cdktn.stringToHclTerraform(this._tier),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            type: {
                value: cdktn.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            value: {
                value: cdktn.stringToHclTerraform(this._value),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            value_wo: {
                value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._valueWo)),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            value_wo_version: {
                value: cdktn.numberToHclTerraform(this._valueWoVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SsmParameter = SsmParameter;
