"use strict";
// generated from provider function schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.AwsProviderFunctions = void 0;
const cdktn = require("cdktn");
/**
* Provider-defined functions of the aws provider.
*/
class AwsProviderFunctions {
    /**
    * @param providerLocalName The local name of the provider in required_providers; defaults to the registry short name. Override when the provider is declared under a different local name — aliases do not change the namespace, local names do.
    */
    constructor(providerLocalName) {
        this.providerLocalName = providerLocalName;
    }
    /**
    * Builds an ARN from its constituent parts
    * @param {string} partition - Partition in which the resource is located
    * @param {string} service - Service namespace
    * @param {string} region - Region code
    * @param {string} accountId - AWS account identifier
    * @param {string} resource - Resource section, typically composed of a resource type and identifier
    * @returns {string}
    */
    arnBuild(partition, service, region, accountId, resource) {
        return cdktn.Token.asString(cdktn.TerraformProviderFunction.invoke(this.providerLocalName, "arn_build", [partition, service, region, accountId, resource]));
    }
    /**
    * Parses an ARN into its constituent parts
    * @param {string} arn - ARN (Amazon Resource Name) to parse
    * @returns {object}
    */
    arnParse(arn) {
        return cdktn.TerraformProviderFunction.invoke(this.providerLocalName, "arn_parse", [arn]);
    }
    /**
    * Trims the path prefix from an IAM role Amazon Resource Name (ARN). This function can be used when services require role ARNs to be passed without a path.
    * @param {string} arn - IAM role Amazon Resource Name (ARN)
    * @returns {string}
    */
    trimIamRolePath(arn) {
        return cdktn.Token.asString(cdktn.TerraformProviderFunction.invoke(this.providerLocalName, "trim_iam_role_path", [arn]));
    }
}
exports.AwsProviderFunctions = AwsProviderFunctions;
