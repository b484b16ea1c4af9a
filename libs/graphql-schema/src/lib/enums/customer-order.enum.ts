import { registerEnumType } from 'type-graphql';

export enum CustomerOrder {
  VALUE_DESC = 'value_desc',
  VALUE_ASC = 'value_asc',
  LAST_NAME_ASC = 'last_name_asc',
  CREATED_AT_DESC = 'created_at_desc',
  UPDATED_AT_DESC = 'updated_at_desc',
}

registerEnumType(CustomerOrder, {
  name: 'CustomerOrder',
  description: 'Sort order of the customers list (ties broken by id).',
});
