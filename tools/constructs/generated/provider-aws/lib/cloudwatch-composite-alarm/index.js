"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/cloudwatch_composite_alarm
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.CloudwatchCompositeAlarm = exports.CloudwatchCompositeAlarmActionsSuppressorOutputReference = void 0;
exports.cloudwatchCompositeAlarmActionsSuppressorToTerraform = cloudwatchCompositeAlarmActionsSuppressorToTerraform;
exports.cloudwatchCompositeAlarmActionsSuppressorToHclTerraform = cloudwatchCompositeAlarmActionsSuppressorToHclTerraform;
const cdktn = require("cdktn");
function cloudwatchCompositeAlarmActionsSuppressorToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        alarm: cdktn.stringToTerraform(struct.alarm),
        extension_period: cdktn.numberToTerraform(struct.extensionPeriod),
        wait_period: cdktn.numberToTerraform(struct.waitPeriod),
    };
}
function cloudwatchCompositeAlarmActionsSuppressorToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        alarm: {
            value: cdktn.stringToHclTerraform(struct.alarm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        extension_period: {
            value: cdktn.numberToHclTerraform(struct.extensionPeriod),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        wait_period: {
            value: cdktn.numberToHclTerraform(struct.waitPeriod),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class CloudwatchCompositeAlarmActionsSuppressorOutputReference extends cdktn.ComplexObject {
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
        if (this._alarm !== undefined) {
            hasAnyValues = true;
            internalValueResult.alarm = this._alarm;
        }
        if (this._extensionPeriod !== undefined) {
            hasAnyValues = true;
            internalValueResult.extensionPeriod = this._extensionPeriod;
        }
        if (this._waitPeriod !== undefined) {
            hasAnyValues = true;
            internalValueResult.waitPeriod = this._waitPeriod;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._alarm = undefined;
            this._extensionPeriod = undefined;
            this._waitPeriod = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._alarm = value.alarm;
            this._extensionPeriod = value.extensionPeriod;
            this._waitPeriod = value.waitPeriod;
        }
    }
    get alarm() {
        return this.getStringAttribute('alarm');
    }
    set alarm(value) {
        this._alarm = value;
    }
    // Temporarily expose input value. Use with caution.
    get alarmInput() {
        return this._alarm;
    }
    get extensionPeriod() {
        return this.getNumberAttribute('extension_period');
    }
    set extensionPeriod(value) {
        this._extensionPeriod = value;
    }
    // Temporarily expose input value. Use with caution.
    get extensionPeriodInput() {
        return this._extensionPeriod;
    }
    get waitPeriod() {
        return this.getNumberAttribute('wait_period');
    }
    set waitPeriod(value) {
        this._waitPeriod = value;
    }
    // Temporarily expose input value. Use with caution.
    get waitPeriodInput() {
        return this._waitPeriod;
    }
}
exports.CloudwatchCompositeAlarmActionsSuppressorOutputReference = CloudwatchCompositeAlarmActionsSuppressorOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/cloudwatch_composite_alarm aws_cloudwatch_composite_alarm}
*/
class CloudwatchCompositeAlarm extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_cloudwatch_composite_alarm"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a CloudwatchCompositeAlarm resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CloudwatchCompositeAlarm to import
    * @param importFromId The id of the existing CloudwatchCompositeAlarm that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/cloudwatch_composite_alarm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CloudwatchCompositeAlarm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_cloudwatch_composite_alarm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/cloudwatch_composite_alarm aws_cloudwatch_composite_alarm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CloudwatchCompositeAlarmConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'aws_cloudwatch_composite_alarm',
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
        // actions_suppressor - computed: false, optional: true, required: false
        this._actionsSuppressor = new CloudwatchCompositeAlarmActionsSuppressorOutputReference(this, "actions_suppressor");
        this._actionsEnabled = config.actionsEnabled;
        this._alarmActions = config.alarmActions;
        this._alarmDescription = config.alarmDescription;
        this._alarmName = config.alarmName;
        this._alarmRule = config.alarmRule;
        this._id = config.id;
        this._insufficientDataActions = config.insufficientDataActions;
        this._okActions = config.okActions;
        this._tags = config.tags;
        this._tagsAll = config.tagsAll;
        this._actionsSuppressor.internalValue = config.actionsSuppressor;
    }
    get actionsEnabled() {
        return this.getBooleanAttribute('actions_enabled');
    }
    set actionsEnabled(value) {
        this._actionsEnabled = value;
    }
    resetActionsEnabled() {
        this._actionsEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get actionsEnabledInput() {
        return this._actionsEnabled;
    }
    get alarmActions() {
        return cdktn.Fn.tolist(this.getListAttribute('alarm_actions'));
    }
    set alarmActions(value) {
        this._alarmActions = value;
    }
    resetAlarmActions() {
        this._alarmActions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get alarmActionsInput() {
        return this._alarmActions;
    }
    get alarmDescription() {
        return this.getStringAttribute('alarm_description');
    }
    set alarmDescription(value) {
        this._alarmDescription = value;
    }
    resetAlarmDescription() {
        this._alarmDescription = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get alarmDescriptionInput() {
        return this._alarmDescription;
    }
    get alarmName() {
        return this.getStringAttribute('alarm_name');
    }
    set alarmName(value) {
        this._alarmName = value;
    }
    // Temporarily expose input value. Use with caution.
    get alarmNameInput() {
        return this._alarmName;
    }
    get alarmRule() {
        return this.getStringAttribute('alarm_rule');
    }
    set alarmRule(value) {
        this._alarmRule = value;
    }
    // Temporarily expose input value. Use with caution.
    get alarmRuleInput() {
        return this._alarmRule;
    }
    // arn - computed: true, optional: false, required: false
    get arn() {
        return this.getStringAttribute('arn');
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
    get insufficientDataActions() {
        return cdktn.Fn.tolist(this.getListAttribute('insufficient_data_actions'));
    }
    set insufficientDataActions(value) {
        this._insufficientDataActions = value;
    }
    resetInsufficientDataActions() {
        this._insufficientDataActions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insufficientDataActionsInput() {
        return this._insufficientDataActions;
    }
    get okActions() {
        return cdktn.Fn.tolist(this.getListAttribute('ok_actions'));
    }
    set okActions(value) {
        this._okActions = value;
    }
    resetOkActions() {
        this._okActions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get okActionsInput() {
        return this._okActions;
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
    get actionsSuppressor() {
        return this._actionsSuppressor;
    }
    putActionsSuppressor(value) {
        this._actionsSuppressor.internalValue = value;
    }
    resetActionsSuppressor() {
        this._actionsSuppressor.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get actionsSuppressorInput() {
        return this._actionsSuppressor.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            actions_enabled: cdktn.booleanToTerraform(this._actionsEnabled),
            alarm_actions: cdktn.listMapper(cdktn.stringToTerraform, false)(this._alarmActions),
            alarm_description: cdktn.stringToTerraform(this._alarmDescription),
            alarm_name: cdktn.stringToTerraform(this._alarmName),
            alarm_rule: cdktn.stringToTerraform(this._alarmRule),
            id: cdktn.stringToTerraform(this._id),
            insufficient_data_actions: cdktn.listMapper(cdktn.stringToTerraform, false)(this._insufficientDataActions),
            ok_actions: cdktn.listMapper(cdktn.stringToTerraform, false)(this._okActions),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            tags_all: cdktn.hashMapper(cdktn.stringToTerraform)(this._tagsAll),
            actions_suppressor: cloudwatchCompositeAlarmActionsSuppressorToTerraform(this._actionsSuppressor.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            actions_enabled: {
                value: cdktn.booleanToHclTerraform(this._actionsEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            alarm_actions: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._alarmActions),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            alarm_description: {
                value: cdktn.stringToHclTerraform(this._alarmDescription),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            alarm_name: {
                value: cdktn.stringToHclTerraform(this._alarmName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            alarm_rule: {
                value: cdktn.stringToHclTerraform(this._alarmRule),
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
            insufficient_data_actions: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._insufficientDataActions),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            ok_actions: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._okActions),
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
            actions_suppressor: {
                value: cloudwatchCompositeAlarmActionsSuppressorToHclTerraform(this._actionsSuppressor.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "CloudwatchCompositeAlarmActionsSuppressorList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.CloudwatchCompositeAlarm = CloudwatchCompositeAlarm;
